package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @ParameterizedTest
    @CsvSource({"user, USER", "admin, ADMIN"})
    void findsRoleByItsStoredId(String id, Role role) {
        assertThat(Role.fromId(id)).isEqualTo(role);
        assertThat(role.id()).isEqualTo(id);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleRoundTripsThroughItsId(Role role) {
        assertThat(Role.fromId(role.id())).isSameAs(role);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ADMIN", "Admin", " admin", "admin ", "root", "USER"})
    void refusesUnknownIdsIncludingOtherSpellings(String id) {
        assertThatThrownBy(() -> Role.fromId(id))
                .isInstanceOf(UnknownRoleException.class)
                .hasMessage("Unknown role: " + id);
    }

    @Test
    void idsAreDistinct() {
        assertThat(Role.values()).extracting(Role::id).doesNotHaveDuplicates();
    }
}
