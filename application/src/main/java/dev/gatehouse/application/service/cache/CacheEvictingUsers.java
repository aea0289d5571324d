package dev.gatehouse.application.service.cache;

import dev.gatehouse.application.port.out.Revocation;
import dev.gatehouse.application.port.out.SessionRevocations;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Users} that keep the {@link SessionCache} from answering with an account as it was before
 * a change: every {@link #update} (roles, status, password, address) drops the account's cached
 * sessions once it has committed and posts the change to the revocation feed in the same
 * transaction, so the other nodes drop theirs too. A deletion of accounts with sessions added to
 * this port belongs here as well; the compiler sends whoever adds one to this class.
 */
public final class CacheEvictingUsers implements Users {

    private final Users users;
    private final SessionCache cache;
    private final SessionRevocations feed;
    private final TransactionRunner transactions;

    public CacheEvictingUsers(Users users, SessionCache cache, SessionRevocations feed, TransactionRunner transactions) {
        this.users = Objects.requireNonNull(users, "users");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.feed = Objects.requireNonNull(feed, "feed");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void update(User user) {
        transactions.inTransaction(() -> {
            users.update(user);
            feed.post(Revocation.ofUser(user.id()));
            transactions.afterCommit(() -> cache.evictUser(user.id()));
        });
    }

    /** A deleted account has no session left anywhere: its cached ones go here and, through the feed, on every node. */
    @Override
    public boolean remove(UserId id) {
        return transactions.inTransaction(() -> {
            boolean removed = users.remove(id);
            feed.post(Revocation.ofUser(id));
            transactions.afterCommit(() -> cache.evictUser(id));
            return removed;
        });
    }

    /** A new address changes what every cached session of the account says about it. */
    @Override
    public void updateEmail(User user) {
        transactions.inTransaction(() -> {
            users.updateEmail(user);
            feed.post(Revocation.ofUser(user.id()));
            transactions.afterCommit(() -> cache.evictUser(user.id()));
        });
    }

    /**
     * Revokes nothing (it only goes on if status and password are still as read); an activation or a
     * rehash is dropped from this node's cache all the same, so no cached copy differs from the row.
     */
    @Override
    public boolean recordSignIn(User before, User after) {
        return transactions.inTransaction(() -> {
            boolean recorded = users.recordSignIn(before, after);
            if (recorded && changesWhatTheCacheHolds(before, after)) {
                transactions.afterCommit(() -> cache.evictUser(after.id()));
            }
            return recorded;
        });
    }

    private static boolean changesWhatTheCacheHolds(User before, User after) {
        return before.status() != after.status() || !before.passwordHash().equals(after.passwordHash())
                || !before.roles().equals(after.roles()) || !before.email().equals(after.email())
                || before.emailVerified() != after.emailVerified();
    }

    /** Pending accounts never hold a session (only their owner's first code opens them), so nothing is cached of them. */
    @Override
    public int removePendingCreatedBefore(Instant cutoff) {
        return users.removePendingCreatedBefore(cutoff);
    }

    /** Only a timestamp for pacing notices: nothing a session shows. */
    @Override
    public boolean claimRegistrationNotice(UserId id, Instant now, Duration interval) {
        return users.claimRegistrationNotice(id, now, interval);
    }

    @Override
    public void add(User user) {
        users.add(user);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return users.findById(id);
    }

    @Override
    public Optional<User> findByIdForUpdate(UserId id) {
        return users.findByIdForUpdate(id);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return users.findByEmail(email);
    }

    @Override
    public List<User> list(int offset, int limit, Optional<String> emailContains) {
        return users.list(offset, limit, emailContains);
    }

    @Override
    public int count(Optional<String> emailContains) {
        return users.count(emailContains);
    }

    @Override
    public int countActiveAdmins() {
        return users.countActiveAdmins();
    }
}
