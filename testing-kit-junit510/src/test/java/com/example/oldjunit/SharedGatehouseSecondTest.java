package com.example.oldjunit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.GatehouseClient;
import dev.gatehouse.testing.GatehouseExtension;
import dev.gatehouse.testing.GatehouseRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A later class of the run: the same Gatehouse, emptied of what the class before it made. */
class SharedGatehouseSecondTest {

    @RegisterExtension
    static final GatehouseExtension GATEHOUSE = GatehouseExtension.shared();

    @Test
    void startsOnAnEmptyGatehouseWhereAnyAddressIsNewAgain(GatehouseClient gatehouse) {
        String email = SharedGatehouseFirstTest.EMAIL;
        // Whichever class ran first, the address is free here: the run's Gatehouse was reset before this class.
        gatehouse.seedUser(email, SharedGatehouseFirstTest.PASSWORD);
        assertThat(gatehouse.mailsTo(email)).as("only this class's confirmation").hasSize(1);

        assertThat(gatehouse.signInSession(email, SharedGatehouseFirstTest.PASSWORD).user().roles())
                .containsExactly("user");
        GatehouseRequestException wrong = org.assertj.core.api.Assertions.catchThrowableOfType(
                GatehouseRequestException.class, () -> gatehouse.signIn(email, "not the password at all"));
        assertThat(wrong.status()).isEqualTo(401);
    }
}
