package dev.gatehouse.web.api;

/** A pending authenticator app: the secret (base32) to type in, the otpauth URI, and that URI as a QR code in SVG. */
public record TotpEnrolmentJson(String secret, String otpauthUri, String qrSvg) {
}
