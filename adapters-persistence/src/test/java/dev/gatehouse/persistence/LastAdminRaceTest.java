package dev.gatehouse.persistence;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.SetUserRolesCommand;
import dev.gatehouse.application.service.admin.SetUserRolesService;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.user.LastAdminException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two administrators demoting each other at the same moment: the locking count of active admins
 * lets exactly one through, so an active administrator always remains.
 */
class LastAdminRaceTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @RepeatedTest(5)
    void concurrentDemotionsOfTheLastTwoAdminsLeaveOne() throws Exception {
        Jdbi jdbi = DATABASE.database().jdbi();
        JdbiUsers users = new JdbiUsers(jdbi);
        // Every earlier repetition left one admin behind: demote them out of the way first.
        for (User left : users.list(0, 100, java.util.Optional.empty())) {
            if (left.hasRole(Role.ADMIN)) {
                users.update(left.withRoles(Set.of(Role.USER)));
            }
        }
        User ann = aUser().withRoles(Role.USER, Role.ADMIN).build();
        User bob = aUser().withRoles(Role.USER, Role.ADMIN).build();
        users.add(ann);
        users.add(bob);
        SetUserRolesService service = new SetUserRolesService(users, new JdbiSessions(jdbi),
                new JdbiTransactionRunner(jdbi), new JdbiAuditTrail(jdbi), Clock.systemUTC());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<User>> results = new ArrayList<>();
            for (User admin : List.of(ann, bob)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return service.setRoles(new SetUserRolesCommand(admin.id(), Set.of(Role.USER), new Actor(admin, TestOrigins.BROWSER)));
                }));
            }
            start.countDown();
            int demoted = 0;
            int refused = 0;
            for (Future<User> result : results) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                    demoted++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(LastAdminException.class);
                    refused++;
                }
            }
            assertThat(demoted).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
            assertThat(users.countActiveAdmins()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
