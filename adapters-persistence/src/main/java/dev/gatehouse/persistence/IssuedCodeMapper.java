package dev.gatehouse.persistence;

import static dev.gatehouse.persistence.UtcDateTimes.toColumn;
import static dev.gatehouse.persistence.UtcDateTimes.toInstant;

import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.user.UserId;

/** Between {@link IssuedCode} and {@link IssuedCodeRow}. */
final class IssuedCodeMapper {

    private IssuedCodeMapper() {
    }

    static IssuedCodeRow toRow(IssuedCode code) {
        return new IssuedCodeRow(
                code.userId().toString(),
                code.purpose().id(),
                code.hash().hex(),
                toColumn(code.issuedAt()),
                toColumn(code.expiresAt()),
                code.failedAttempts());
    }

    static IssuedCode toDomain(IssuedCodeRow row) {
        return IssuedCode.rebuild(
                UserId.parse(row.userId()),
                CodePurpose.fromId(row.purpose()),
                new CodeHash(row.codeHash()),
                toInstant(row.issuedAt()),
                toInstant(row.expiresAt()),
                row.failedAttempts());
    }
}
