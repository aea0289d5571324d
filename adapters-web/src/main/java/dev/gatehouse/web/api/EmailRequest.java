package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.web.problem.FieldParser;
import java.util.Optional;

@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailRequest(String email) {

    /** The command of a code request (sign-in or reset), or a 400/422 for a missing body or bad address. */
    static RequestCodeCommand codeRequest(EmailRequest body, RequestOrigin origin) {
        return codeRequest(body, origin, Optional.empty());
    }

    /** {@code device}: the device token the requesting browser brought, if any. */
    static RequestCodeCommand codeRequest(EmailRequest body, RequestOrigin origin, Optional<DeviceToken> device) {
        FieldParser.requireBody(body);
        FieldParser fields = new FieldParser();
        EmailAddress email = fields.email(body.email());
        fields.throwIfAny();
        return new RequestCodeCommand(email, origin, device);
    }
}
