package dev.gatehouse.bootstrap;

import dev.gatehouse.application.port.in.code.ConfirmPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestSignInCodeUseCase;
import dev.gatehouse.application.port.in.code.VerifySignInCodeUseCase;
import dev.gatehouse.application.port.in.mail.DeliverQueuedMailUseCase;
import dev.gatehouse.application.port.in.maintenance.PurgeExpiredDataUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.CodeHasher;
import dev.gatehouse.application.port.out.DeviceTokens;
import dev.gatehouse.application.port.out.MailSender;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.code.CodeChecker;
import dev.gatehouse.application.service.code.CodeIssuer;
import dev.gatehouse.application.service.code.ConfirmPasswordResetService;
import dev.gatehouse.application.service.code.RequestPasswordResetService;
import dev.gatehouse.application.service.code.RequestSignInCodeService;
import dev.gatehouse.application.service.code.VerifySignInCodeService;
import dev.gatehouse.application.service.mail.DeliverQueuedMailService;
import dev.gatehouse.application.service.maintenance.PurgeExpiredDataService;
import dev.gatehouse.application.service.session.SessionStarter;
import dev.gatehouse.application.service.throttle.Throttle;
import dev.gatehouse.application.service.throttle.ThrottledCodeRequests;
import dev.gatehouse.application.service.throttle.ThrottledCodeVerification;
import dev.gatehouse.bootstrap.config.CodesFactory;
import dev.gatehouse.bootstrap.config.MailFactory;
import dev.gatehouse.bootstrap.observability.Observability;
import dev.gatehouse.bootstrap.tasks.PurgeExpiredDataTask;
import dev.gatehouse.crypto.HmacCodeHasher;
import dev.gatehouse.crypto.SecretKeyFile;
import dev.gatehouse.crypto.SecureRandomTokens;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.mail.LogMailSender;
import dev.gatehouse.mail.MailSettings;
import dev.gatehouse.mail.smtp.SmtpMailSender;
import dev.gatehouse.persistence.ClusterSchedule;
import dev.gatehouse.persistence.CodeSeal;
import dev.gatehouse.persistence.JdbiAttemptCounters;
import dev.gatehouse.persistence.JdbiCodeFailures;
import dev.gatehouse.persistence.JdbiIssuedCodes;
import dev.gatehouse.persistence.JdbiMailOutbox;
import dev.gatehouse.persistence.MySqlNamedLock;
import dev.gatehouse.web.api.LoginCodesResource;
import dev.gatehouse.web.api.PasswordResetsResource;
import dev.gatehouse.web.auth.SessionCookie;
import io.dropwizard.core.setup.Environment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires the one-time-code slice: codes and their mail in the outbox on the request path, delivery
 * and purging on a background schedule. The purge runs on one node per interval ({@link ClusterPurge});
 * delivery may run on every node, since claiming outbox rows is itself safe across nodes.
 */
final class CodeSignInWiring {

    private CodeSignInWiring() {
    }

    /**
     * {@code secretKey}: keys the code hashes (and, under labels of their own, the device tokens and the
     * sealing of the codes in the outbox).
     */
    record Shared(Jdbi jdbi, Users users, Sessions sessions, TransactionRunner transactions, SecureRandomTokens random,
                  PasswordHasher passwordHasher, PasswordPolicy passwordPolicy, SessionStarter sessionStarter,
                  SessionLifetime lifetime, SessionCookie cookie, AuditTrail audit, Throttle throttle,
                  DeviceTokens devices, byte[] secretKey, Clock clock) {
    }

    /** The code use cases, for the browser pages to call as the JSON resources do. */
    record CodeUseCases(RequestSignInCodeUseCase requestSignInCode, VerifySignInCodeUseCase verifySignInCode,
                        RequestPasswordResetUseCase requestPasswordReset,
                        ConfirmPasswordResetUseCase confirmPasswordReset) {
    }

    static CodeUseCases wire(GatehouseConfiguration configuration, Environment environment, Shared shared) {
        CodesFactory codesConfig = configuration.getCodes();
        CodeRules rules = codesConfig.rules();
        JdbiIssuedCodes codes = new JdbiIssuedCodes(shared.jdbi());
        JdbiCodeFailures failures = new JdbiCodeFailures(shared.jdbi());
        JdbiMailOutbox outbox = new JdbiMailOutbox(shared.jdbi(), new CodeSeal(shared.secretKey()));
        CodeHasher codeHasher = new HmacCodeHasher(shared.secretKey());
        CodeIssuer issuer = new CodeIssuer(codes, shared.random(), codeHasher, outbox, rules);
        CodeChecker checker = new CodeChecker(shared.users(), codes, failures, codeHasher, rules, shared.transactions(),
                shared.audit());

        CodeUseCases services = new CodeUseCases(
                new RequestSignInCodeService(shared.users(), issuer, shared.random(), shared.transactions(),
                        shared.audit(), shared.clock(), codesConfig.selfSignup()),
                new VerifySignInCodeService(shared.users(), checker, shared.sessionStarter(), shared.clock()),
                new RequestPasswordResetService(shared.users(), issuer, shared.transactions(), shared.audit(),
                        shared.clock()),
                new ConfirmPasswordResetService(shared.users(), shared.sessions(), checker, shared.passwordHasher(),
                        shared.passwordPolicy(), shared.transactions(), shared.audit(), shared.clock()));
        CodeUseCases useCases = throttled(services, shared);
        environment.jersey().register(new LoginCodesResource(
                useCases.requestSignInCode(), useCases.verifySignInCode(), shared.cookie()));
        environment.jersey().register(new PasswordResetsResource(
                useCases.requestPasswordReset(), useCases.confirmPasswordReset()));

        Observability observability = new Observability(environment.metrics());
        MailSender sender = observability.metered(
                mailSender(configuration.getMail(), configuration.getServiceName(), shared.clock()));
        observability.watchBacklog(outbox);
        environment.healthChecks().register("mail", new MailHealthCheck(sender, outbox));
        DeliverQueuedMailUseCase delivery = new DeliverQueuedMailService(outbox, sender, shared.clock());
        PurgeExpiredDataUseCase purge = new PurgeExpiredDataService(shared.sessions(), codes, failures, shared.users(),
                shared.lifetime(), rules, codesConfig.pendingAccountMaxAge(), shared.audit(),
                configuration.getMaintenance().auditRetention(), new JdbiAttemptCounters(shared.jdbi()),
                configuration.getThrottling().policies().longestWindow(), shared.clock());
        Duration purgeInterval = configuration.getMaintenance().purgeInterval();
        ClusterPurge clusterPurge = new ClusterPurge(purge, new ClusterSchedule(shared.jdbi()), purgeInterval,
                environment.metrics());
        environment.lifecycle().manage(new BackgroundJobs()
                .every(configuration.getMail().deliveryInterval(), "mail delivery", delivery::deliverDue)
                .every(purgeInterval, "purge", clusterPurge));
        environment.admin().addTask(new PurgeExpiredDataTask(purge, new MySqlNamedLock(shared.jdbi()), ClusterPurge.JOB));
        return useCases;
    }

    private static CodeUseCases throttled(CodeUseCases services, Shared shared) {
        ThrottledCodeRequests requests = new ThrottledCodeRequests(services.requestSignInCode(),
                services.requestPasswordReset(), shared.throttle(), shared.devices(), shared.clock());
        ThrottledCodeVerification verification = new ThrottledCodeVerification(services.verifySignInCode(),
                services.confirmPasswordReset(), shared.throttle(), shared.devices(), shared.audit(), shared.clock());
        return new CodeUseCases(requests, verification, requests, verification);
    }

    private static MailSender mailSender(MailFactory mail, String productName, Clock clock) {
        MailSettings settings = mail.settings(productName);
        return switch (mail.transport()) {
            case LOG -> new LogMailSender(settings);
            case SMTP -> new SmtpMailSender(mail.smtp().settings(), settings, clock);
        };
    }

    static byte[] secretKey(CodesFactory codes) {
        if (!codes.hashKey().isEmpty()) {
            return Base64.getDecoder().decode(codes.hashKey());
        }
        return SecretKeyFile.loadOrCreate(Path.of(codes.keyFile()));
    }
}
