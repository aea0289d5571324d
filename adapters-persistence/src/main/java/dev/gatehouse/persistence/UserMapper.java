package dev.gatehouse.persistence;

import static dev.gatehouse.persistence.UtcDateTimes.toColumn;
import static dev.gatehouse.persistence.UtcDateTimes.toInstant;

import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.RegistrationTokenHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

/** Between {@link User} and {@link UserRow}. */
final class UserMapper {

    private UserMapper() {
    }

    static UserRow toRow(User user) {
        return new UserRow(
                user.id().toString(),
                user.email().value(),
                user.passwordHash().map(PasswordHash::encoded).orElse(null),
                user.status().id(),
                toColumn(user.createdAt()),
                toColumn(user.lastLoginAt().orElse(null)),
                user.timezone().map(ZoneId::getId).orElse(null),
                user.emailVerified(),
                user.passwordUnproven(),
                user.registration().map(RegistrationTokenHash::hex).orElse(null),
                user.roles().stream().map(Role::id).sorted().toList());
    }

    static User toDomain(UserRow row) {
        Set<Role> roles = row.roles().stream().map(Role::fromId).collect(Collectors.toSet());
        return User.rebuild(
                UserId.parse(row.id()),
                new EmailAddress(row.email()),
                roles,
                AccountStatus.fromId(row.status()),
                toInstant(row.createdAt()),
                toInstant(row.lastLoginAt()),
                row.timezone() == null ? null : ZoneId.of(row.timezone()),
                row.passwordHash() == null ? null : new PasswordHash(row.passwordHash()),
                row.emailVerified(),
                row.passwordUnproven(),
                row.registrationTokenHash() == null ? null : new RegistrationTokenHash(row.registrationTokenHash()));
    }
}
