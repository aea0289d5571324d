package dev.gatehouse.application.port.out;

import java.util.Optional;

/**
 * A name a person recognises for the browser a request came from ("Firefox on Windows"), read
 * from its User-Agent: for the session list and the notification mails alike. Only a label: a
 * client may claim any agent, so nothing is decided by it. Implementations answer one of a fixed
 * set of names, never text taken from the agent, so a crafted one cannot write into a page or mail.
 */
public interface BrowserNames {

    String nameOf(Optional<String> userAgent);
}
