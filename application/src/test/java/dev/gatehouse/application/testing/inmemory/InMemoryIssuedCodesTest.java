package dev.gatehouse.application.testing.inmemory;

import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.InMemoryIssuedCodes;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.IssuedCodesContract;

class InMemoryIssuedCodesTest extends IssuedCodesContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryIssuedCodes codes = new InMemoryIssuedCodes();

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected IssuedCodes issuedCodes() {
        return codes;
    }
}
