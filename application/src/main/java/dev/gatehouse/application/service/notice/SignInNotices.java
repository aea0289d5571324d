package dev.gatehouse.application.service.notice;

import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.application.port.out.DeviceTokens;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/**
 * Tells the owner when their account is signed in to from a browser it does not recognise, so that a
 * stolen password or mailbox shows up at the first use instead of never. A browser is recognised by
 * the device token an earlier sign-in to the same account left with it. The first sign-in an account
 * ever has (the one that opens a new account, or follows its registration) is not news to its owner
 * and tells nothing.
 */
public final class SignInNotices {

    private final DeviceTokens devices;
    private final MailOutbox outbox;
    private final boolean newBrowserSignIn;

    /** @param newBrowserSignIn whether a sign-in from a browser not recognised is told at all */
    public SignInNotices(DeviceTokens devices, MailOutbox outbox, boolean newBrowserSignIn) {
        this.devices = devices;
        this.outbox = outbox;
        this.newBrowserSignIn = newBrowserSignIn;
    }

    /**
     * Called in the transaction that records the sign-in.
     *
     * @param before the account as the sign-in was decided on
     * @param signedIn the account with this sign-in recorded
     */
    public void signedIn(User before, User signedIn, HeldTokens held, RequestOrigin origin, Instant now) {
        if (!newBrowserSignIn || before.lastLoginAt().isEmpty() || recognised(held, signedIn, now)) {
            return;
        }
        outbox.enqueue(SecurityNotice.about(MailKind.NEW_BROWSER_SIGN_IN, signedIn, origin, now), now);
    }

    private boolean recognised(HeldTokens held, User account, Instant now) {
        return held.device().filter(token -> devices.recognises(token, account.email(), now)).isPresent();
    }
}
