package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.in.account.ExportAccountUseCase;
import dev.gatehouse.web.api.OwnAccountResource;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import dev.gatehouse.web.page.access.SignedInPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The signed-in person downloads a copy of their data: the same file as {@code GET /api/users/me/export}. */
@Path("/account/export")
@SignedInPage
public final class AccountExportPage {

    private final ExportAccountUseCase exportAccount;

    public AccountExportPage(ExportAccountUseCase exportAccount) {
        this.exportAccount = exportAccount;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response download(@Context SecurityContext security) {
        return OwnAccountResource.attachment(exportAccount.export(SignedInSecurityContext.signedIn(security).authenticated()));
    }
}
