package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.domain.user.Role;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Second factors: the key TOTP secrets are sealed under, a challenge's lifetime, the roles that must enrol. */
public class MfaFactory {

    /**
     * Base64 of the key (32 bytes or more) that authenticator secrets are encrypted under, apart from
     * the code key. Empty: read from (or created in) {@link #totpKeyFile}.
     */
    @JsonProperty
    private String totpKey = "";

    @JsonProperty
    @NotBlank
    private String totpKeyFile = "./data/keys/totp.key";

    /** How long a right first factor waits for its second. */
    @JsonProperty
    @NotNull
    private Duration challengeLifetime = Duration.minutes(5);

    /** Members of these roles enrol a second factor right after signing in, before anything else. */
    /** A single name is taken as a list of one, so {@code -Ddw.mfa.requiredForRoles=admin} works. */
    @JsonProperty
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    @NotNull
    private List<String> requiredForRoles = List.of();

    public String totpKey() {
        return totpKey;
    }

    public String totpKeyFile() {
        return totpKeyFile;
    }

    public java.time.Duration challengeLifetime() {
        return challengeLifetime.toJavaDuration();
    }

    /** @throws dev.gatehouse.domain.user.UnknownRoleException for a role name that does not exist */
    public Set<Role> requiredForRoles() {
        return requiredForRoles.stream().map(Role::fromId).collect(Collectors.toUnmodifiableSet());
    }
}
