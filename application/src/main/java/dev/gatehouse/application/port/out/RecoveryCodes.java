package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.user.UserId;
import java.util.List;

/** Each account's unused recovery codes, as hashes. */
public interface RecoveryCodes {

    /** The account's codes become exactly these. */
    void replace(UserId owner, List<RecoveryCodeHash> codes);

    /** Uses a code up in one conditional delete: @return false when it is not (or no longer) the account's */
    boolean use(UserId owner, RecoveryCodeHash code);

    int remaining(UserId owner);

    void removeAll(UserId owner);
}
