package dev.gatehouse.web;

import dev.gatehouse.application.port.in.account.ConfirmEmailChangeUseCase;
import dev.gatehouse.application.port.in.account.RequestEmailChangeUseCase;

/** The two steps of a change of address, served by the JSON API and the Account page alike. */
public record EmailChangeUseCases(RequestEmailChangeUseCase request, ConfirmEmailChangeUseCase confirm) {
}
