package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.in.account.ChangePasswordUseCase;
import dev.gatehouse.application.port.in.account.RegisterUserUseCase;
import dev.gatehouse.application.port.in.session.PasswordLoginUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.account.ChangePasswordService;
import dev.gatehouse.application.service.account.RegisterUserService;
import dev.gatehouse.application.service.code.AddressProofMail;
import dev.gatehouse.application.service.session.PasswordLoginService;
import dev.gatehouse.application.service.throttle.Throttle;
import dev.gatehouse.application.service.throttle.ThrottledPasswordChange;
import dev.gatehouse.application.service.throttle.ThrottledPasswordLogin;
import dev.gatehouse.application.service.throttle.ThrottledRegistration;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.domain.password.CommonPasswords;
import dev.gatehouse.domain.password.PasswordPolicy;
import java.time.Clock;

/**
 * Wires the password-account slice: registering, signing in with a password and changing it, each
 * behind the throttle. The password policy is built here and handed on to the slices that set a
 * password too (a reset by code) or show its rules (the pages). A change of password is told to the
 * owner through the {@code outbox}.
 */
public final class PasswordAccountWiring {

    public record PasswordAccounts(RegisterUserUseCase register, PasswordLoginUseCase login,
                                   ChangePasswordUseCase changePassword, PasswordPolicy policy) {
    }

    private PasswordAccountWiring() {
    }

    /** {@code addressMail}: where addresses must be proven, registration mails a code (or a notice to the owner). */
    public static PasswordAccounts wire(GatehouseConfiguration configuration, SignInPorts signIn,
                                        AddressProofMail addressMail, MailOutbox outbox) {
        boolean addressProofRequired = configuration.getRegistration().requireVerifiedEmail();
        PasswordPolicy policy = new PasswordPolicy(
                configuration.getPasswords().minLength(), CommonPasswords.bundled(), configuration.getServiceName());
        Users users = signIn.accounts().users();
        PasswordHasher hasher = signIn.credentials().passwordHasher();
        AuditTrail audit = signIn.accounts().audit();
        Throttle throttle = signIn.throttle();
        Clock clock = signIn.clock();
        return new PasswordAccounts(
                new ThrottledRegistration(new RegisterUserService(users, hasher, policy, signIn.credentials().random(),
                        signIn.credentials().random(), addressMail, signIn.accounts().transactions(), audit, clock,
                        addressProofRequired), throttle, clock),
                new ThrottledPasswordLogin(new PasswordLoginService(users, hasher, signIn.sessionStarter(), audit, clock,
                        addressProofRequired), throttle, signIn.credentials().devices(), audit, clock),
                new ThrottledPasswordChange(new ChangePasswordService(users, signIn.accounts().sessions(), hasher, policy,
                        signIn.accounts().transactions(), audit, outbox, clock), throttle, audit, clock),
                policy);
    }
}
