package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.session.IssuePreSessionTokenUseCase;
import dev.gatehouse.application.port.out.TokenGenerator;
import dev.gatehouse.domain.session.SessionToken;

/** Fresh randomness from the token generator, nothing else: the browser's cookie is the only copy. */
public final class IssuePreSessionTokenService implements IssuePreSessionTokenUseCase {

    private final TokenGenerator tokens;

    public IssuePreSessionTokenService(TokenGenerator tokens) {
        this.tokens = tokens;
    }

    @Override
    public SessionToken issuePreSessionToken() {
        return tokens.newSessionToken();
    }
}
