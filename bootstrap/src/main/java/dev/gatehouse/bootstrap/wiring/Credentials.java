package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.out.CodeHasher;
import dev.gatehouse.application.port.out.DeviceTokens;
import dev.gatehouse.application.port.out.MfaSecrets;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.TotpCodes;
import dev.gatehouse.application.port.out.TotpSecretSeal;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.config.CodesFactory;
import dev.gatehouse.bootstrap.config.MfaFactory;
import dev.gatehouse.bootstrap.config.PasswordsFactory;
import dev.gatehouse.bootstrap.observability.Observability;
import dev.gatehouse.crypto.AesGcmTotpSecretSeal;
import dev.gatehouse.crypto.Argon2idPasswordHasher;
import dev.gatehouse.crypto.ConcurrencyLimitedPasswordHasher;
import dev.gatehouse.crypto.HmacCodeHasher;
import dev.gatehouse.crypto.HmacDeviceTokens;
import dev.gatehouse.crypto.HmacTotpCodes;
import dev.gatehouse.crypto.SecretKeyFile;
import dev.gatehouse.crypto.SecureRandomMfaSecrets;
import dev.gatehouse.crypto.SecureRandomTokens;
import dev.gatehouse.persistence.CodeSeal;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The credentials adapters: the random source of tokens and codes, the password hasher, and what the
 * secret key keys. The key is loaded here, once: it keys the code hashes and, under labels of their
 * own, the recognised-browser tokens, the sealing of the codes in the outbox and the recovery codes'
 * hashes. The TOTP key, loaded beside it, seals authenticator secrets.
 */
public record Credentials(SecureRandomTokens random, PasswordHasher passwordHasher, CodeHasher codeHasher,
                          DeviceTokens devices, CodeSeal codeSeal, SecondFactorCredentials secondFactors) {

    /**
     * The second factors' credentials: TOTP codes, the sealing of authenticator secrets under the
     * TOTP key (a key of its own, so that the code key alone opens no secret), and the random
     * secrets with the recovery codes' HMAC under the code key.
     */
    public record SecondFactorCredentials(TotpCodes codes, TotpSecretSeal seal, MfaSecrets secrets) {
    }

    public static Credentials load(GatehouseConfiguration configuration, Observability observability) {
        PasswordsFactory passwords = configuration.getPasswords();
        PasswordHasher hasher = new ConcurrencyLimitedPasswordHasher(
                observability.timed(new Argon2idPasswordHasher(passwords.argon2())),
                passwords.maxConcurrentHashes(),
                passwords.maxHashWait());
        byte[] secretKey = secretKey(configuration.getCodes());
        return new Credentials(new SecureRandomTokens(), hasher, new HmacCodeHasher(secretKey),
                new HmacDeviceTokens(secretKey, configuration.getThrottling().recognisedBrowserLifetime()),
                new CodeSeal(secretKey),
                new SecondFactorCredentials(new HmacTotpCodes(), new AesGcmTotpSecretSeal(totpKey(configuration.getMfa())),
                        new SecureRandomMfaSecrets(secretKey)));
    }

    private static byte[] totpKey(MfaFactory mfa) {
        if (!mfa.totpKey().isEmpty()) {
            return Base64.getDecoder().decode(mfa.totpKey());
        }
        return SecretKeyFile.loadOrCreate(Path.of(mfa.totpKeyFile()));
    }

    private static byte[] secretKey(CodesFactory codes) {
        if (!codes.hashKey().isEmpty()) {
            return Base64.getDecoder().decode(codes.hashKey());
        }
        return SecretKeyFile.loadOrCreate(Path.of(codes.keyFile()));
    }
}
