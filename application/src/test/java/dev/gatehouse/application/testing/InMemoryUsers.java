package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.Administrators;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Users} in a map, safe to share between threads (every method holds the monitor).
 * Like the unique index of the real table, {@link #add} refuses a second account for an address.
 * {@link #update} of an id that was never added throws {@link IllegalStateException}: in a test
 * that is always a mistake in the test, and a silent no-op would hide it.
 */
public final class InMemoryUsers implements Users {

    private final Map<UserId, User> byId = new LinkedHashMap<>();
    private final Map<UserId, java.time.Instant> registrationNotices = new java.util.HashMap<>();
    private int updateCalls;

    @Override
    public synchronized void add(User user) {
        if (byId.containsKey(user.id())) {
            throw new IllegalStateException("user id already stored: " + user.id());
        }
        if (findByEmail(user.email()).isPresent()) {
            throw new EmailAlreadyRegisteredException();
        }
        byId.put(user.id(), user);
    }

    @Override
    public synchronized void update(User user) {
        if (!byId.containsKey(user.id())) {
            throw new IllegalStateException("update of a user that was never added: " + user.id());
        }
        updateCalls++;
        byId.put(user.id(), user);
    }

    @Override
    public synchronized void updateEmail(User user) {
        Optional<User> owner = findByEmail(user.email());
        if (owner.isPresent() && !owner.get().equals(user)) {
            throw new EmailAlreadyRegisteredException();
        }
        update(user);
    }

    @Override
    public synchronized boolean recordSignIn(User before, User after) {
        User stored = byId.get(before.id());
        if (stored == null || stored.status() != before.status()
                || !stored.passwordHash().equals(before.passwordHash())
                || !stored.registration().equals(before.registration())) {
            return false;
        }
        updateCalls++;
        byId.put(after.id(), after.withRoles(stored.roles()));
        return true;
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<User> findByIdForUpdate(UserId id) {
        return findById(id);
    }

    @Override
    public synchronized Optional<User> findByEmail(EmailAddress email) {
        return byId.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public synchronized List<User> list(int offset, int limit, Optional<String> emailContains) {
        return matching(emailContains).sorted(Comparator.comparing(user -> user.email().value()))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized int count(Optional<String> emailContains) {
        return (int) matching(emailContains).count();
    }

    @Override
    public synchronized int countActiveAdmins() {
        return (int) byId.values().stream().filter(Administrators::isActiveAdmin).count();
    }

    private java.util.stream.Stream<User> matching(Optional<String> emailContains) {
        return byId.values().stream()
                .filter(user -> emailContains.map(term -> user.email().value().contains(term)).orElse(true));
    }

    @Override
    public synchronized boolean remove(UserId id) {
        return byId.remove(id) != null;
    }

    @Override
    public synchronized int removePendingCreatedBefore(java.time.Instant cutoff) {
        int before = byId.size();
        byId.values().removeIf(user -> user.pending() && user.createdAt().isBefore(cutoff));
        return before - byId.size();
    }

    @Override
    public synchronized boolean claimRegistrationNotice(UserId id, java.time.Instant now, java.time.Duration interval) {
        java.time.Instant last = registrationNotices.get(id);
        if (!byId.containsKey(id) || (last != null && last.isAfter(now.minus(interval)))) {
            return false;
        }
        registrationNotices.put(id, now);
        return true;
    }

    public synchronized int size() {
        return byId.size();
    }

    public synchronized int updateCalls() {
        return updateCalls;
    }
}
