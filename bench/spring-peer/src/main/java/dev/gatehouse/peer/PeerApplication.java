package dev.gatehouse.peer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark's comparison server: register, sign in, check the session, as a Java team would
 * build it with Spring Boot, Spring Security and Spring Session JDBC, on Boot's defaults.
 */
@SpringBootApplication
public class PeerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PeerApplication.class, args);
    }
}
