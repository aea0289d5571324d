package dev.gatehouse.web.api;

import java.util.List;

/** The 202 of a right first factor for an account with a second factor: no session yet, a challenge instead. */
public record SecondFactorRequiredJson(boolean secondFactorRequired, String challenge, List<String> methods,
                                       String expiresAt) {
}
