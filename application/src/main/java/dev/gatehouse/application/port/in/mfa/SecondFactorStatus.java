package dev.gatehouse.application.port.in.mfa;

/**
 * An account's second factors: whether an authenticator app is confirmed, how many recovery codes
 * are left, and whether its roles require a second factor it does not have yet.
 */
public record SecondFactorStatus(boolean totp, int recoveryCodesLeft, boolean enrolmentRequired) {
}
