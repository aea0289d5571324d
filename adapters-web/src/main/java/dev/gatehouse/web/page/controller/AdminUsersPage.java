package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.ListUsersQuery;
import dev.gatehouse.application.port.in.admin.SetUserRolesCommand;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.in.admin.UserPage;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.shared.DomainRuleViolation;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UnknownRoleException;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.web.AdminUseCases;
import dev.gatehouse.web.auth.RecentAuthenticationRequired;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.page.Confirmation;
import dev.gatehouse.web.page.FormRefusal;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.LocalPath;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.access.SignedInPage;
import dev.gatehouse.web.page.view.AdminUsersView;
import dev.gatehouse.web.page.view.ConfirmView;
import dev.gatehouse.web.page.view.Flash;
import dev.gatehouse.web.page.view.FormErrors;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The account list for administrators: search by address, page through, change roles, disable
 * and enable. Every change goes back to the list the administrator was looking at; refusals (the
 * last admin, an account gone meanwhile) are shown above the table.
 */
@Path("/admin/users")
@Produces(PageResource.HTML)
@SignedInPage(anyRoleOf = Role.ADMIN)
public final class AdminUsersPage {

    static final int PAGE_SIZE = 20;
    public static final String GONE = "That account no longer exists.";
    public static final String NO_ROLE = "Choose at least one role.";
    private static final LocalPath LIST = new LocalPath("/admin/users");
    /** The address of the account a form acts on, so that its confirmation can name it. */
    static final String ACCOUNT = "account";

    private final AdminUseCases admin;
    private final Layouts layouts;

    public AdminUsersPage(AdminUseCases admin, Layouts layouts) {
        this.admin = admin;
        this.layouts = layouts;
    }

    @GET
    public Response list(@QueryParam("email") String email, @QueryParam("page") String page,
                         @Context SecurityContext security) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        return Response.ok(view(signedIn, AdminUsersView.Listing.of(email, page), FormErrors.none())).build();
    }

    @POST
    @RecentAuthenticationRequired
    @Path("/{id}/roles")
    public Response setRoles(@PathParam("id") String id, @FormParam("role") List<String> roles,
                             @FormParam("email") String email, @FormParam("page") String page,
                             @FormParam(ACCOUNT) String account, @FormParam(Confirmation.FIELD) String confirmed,
                             @Context SecurityContext security, @Context HttpHeaders headers,
                             @Context ContainerRequestContext request) {
        Optional<Set<Role>> chosen = chosen(roles);
        if (chosen.isEmpty()) {
            return refuse(FormRefusal.invalid(FormErrors.general(NO_ROLE)), email, page, security, headers);
        }
        if (!Confirmation.given(confirmed)) {
            Optional<User> target = target(id, account);
            if (target.isEmpty()) {
                return refuse(FormRefusal.because(new UserNotFoundException(), FormErrors.general(GONE)), email, page,
                        security, headers);
            }
            List<Role> removed = Arrays.stream(Role.values())
                    .filter(role -> target.get().hasRole(role) && !chosen.get().contains(role)).toList();
            if (!removed.isEmpty()) {
                List<ConfirmView.Field> fields = new ArrayList<>(carried(security, email, page, target.get()));
                chosen.get().forEach(role -> fields.add(new ConfirmView.Field("role", role.id())));
                return ask(security, headers, "Remove a role", AdminUsersView.removalQuestion(
                        removed.stream().map(Role::id).toList(), target.get().email().value()),
                        target.get(), "roles", fields, removed.size() == 1 ? "Remove role" : "Remove roles", email, page);
            }
        }
        return change(email, page, Flash.ROLES_SAVED, security, headers, request,
                actor -> admin.setRoles().setRoles(new SetUserRolesCommand(parse(id), chosen.get(), actor)));
    }

    @POST
    @RecentAuthenticationRequired
    @Path("/{id}/disable")
    public Response disable(@PathParam("id") String id, @FormParam("email") String email,
                            @FormParam("page") String page, @FormParam(ACCOUNT) String account,
                            @FormParam(Confirmation.FIELD) String confirmed, @Context SecurityContext security,
                            @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        if (!Confirmation.given(confirmed)) {
            return confirmFirst(id, account, email, page, security, headers, "Disable an account", "disable",
                    AdminUsersView::disableQuestion, "Disable");
        }
        return change(email, page, Flash.USER_DISABLED, security, headers, request, actor -> admin.disableUser().disable(parse(id), actor));
    }

    @POST
    @RecentAuthenticationRequired
    @Path("/{id}/enable")
    public Response enable(@PathParam("id") String id, @FormParam("email") String email,
                           @FormParam("page") String page, @Context SecurityContext security,
                           @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        return change(email, page, Flash.USER_ENABLED, security, headers, request, actor -> admin.enableUser().enable(parse(id), actor));
    }

    @POST
    @Path("/{id}/sessions/revoke")
    public Response endSessions(@PathParam("id") String id, @FormParam("email") String email,
                                @FormParam("page") String page, @FormParam(ACCOUNT) String account,
                                @FormParam(Confirmation.FIELD) String confirmed, @Context SecurityContext security,
                                @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        if (!Confirmation.given(confirmed)) {
            return confirmFirst(id, account, email, page, security, headers, "Sign an account out", "sessions/revoke",
                    AdminUsersView::signOutQuestion, "Sign out everywhere");
        }
        return change(email, page, Flash.USER_SIGNED_OUT, security, headers, request,
                actor -> admin.signOutEverywhere().signOutEverywhere(parse(id), actor));
    }

    private Response change(String email, String page, Flash done, SecurityContext security, HttpHeaders headers,
                            ContainerRequestContext request, Consumer<Actor> change) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        // Where to go afterwards is settled before the change is made, so the answer cannot fail after it.
        Response.ResponseBuilder backToList = Htmx.redirect(headers,
                LocalPath.parse(AdminUsersView.Listing.of(email, page).href()).orElse(LIST).done(done));
        try {
            change.accept(RequestOrigins.actor(signedIn.user(), request));
        } catch (UserNotFoundException gone) {
            return refuse(FormRefusal.because(gone, FormErrors.general(GONE)), email, page, security, headers);
        } catch (DomainRuleViolation refused) {
            // The last admin, a pending account: messages written for people.
            return refuse(FormRefusal.because(refused, FormErrors.general(refused.getMessage())), email, page, security, headers);
        }
        return backToList.build();
    }

    /** The confirmation of a change to one account, named by its address as the list shows it. */
    private Response confirmFirst(String id, String account, String email, String page, SecurityContext security,
                                  HttpHeaders headers, String title, String action, Function<String, String> question,
                                  String confirmLabel) {
        Optional<User> target = target(id, account);
        if (target.isEmpty()) {
            return refuse(FormRefusal.because(new UserNotFoundException(), FormErrors.general(GONE)), email, page,
                    security, headers);
        }
        return ask(security, headers, title, question.apply(target.get().email().value()), target.get(), action,
                carried(security, email, page, target.get()), confirmLabel, email, page);
    }

    private Response ask(SecurityContext security, HttpHeaders headers, String title, String question, User target,
                         String action, List<ConfirmView.Field> fields, String confirmLabel, String email, String page) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        return Confirmation.ask(headers, new ConfirmView(layouts.signedIn(signedIn), title, question,
                "/admin/users/" + target.id() + "/" + action, fields, confirmLabel,
                AdminUsersView.Listing.of(email, page).href()));
    }

    /** The fields the confirming post sends again: the CSRF token, the list to go back to, the account. */
    private static List<ConfirmView.Field> carried(SecurityContext security, String email, String page, User target) {
        AdminUsersView.Listing listing = AdminUsersView.Listing.of(email, page);
        return List.of(
                new ConfirmView.Field("csrf_token",
                        SignedInSecurityContext.signedIn(security).authenticated().token().csrfToken()),
                new ConfirmView.Field("email", listing.email()),
                new ConfirmView.Field("page", String.valueOf(listing.page())),
                new ConfirmView.Field(ACCOUNT, target.email().value()));
    }

    /**
     * The account a form names, found by the address it carries (as the list showed it) and checked
     * against the id in the path; empty when it is gone, or the two do not match.
     */
    private Optional<User> target(String id, String account) {
        UserId wanted;
        try {
            wanted = parse(id);
        } catch (UserNotFoundException notAnId) {
            return Optional.empty();
        }
        String address = account == null ? "" : account.strip();
        if (address.isEmpty() || address.length() > ListUsersQuery.MAX_SEARCH_LENGTH) {
            return Optional.empty();
        }
        return admin.listUsers().list(new ListUsersQuery(0, ListUsersQuery.MAX_LIMIT, Optional.of(address))).items()
                .stream().filter(user -> user.id().equals(wanted) && user.email().value().equalsIgnoreCase(address))
                .findFirst();
    }

    private Response refuse(FormRefusal refusal, String email, String page, SecurityContext security,
                            HttpHeaders headers) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        AdminUsersView.Listing listing = AdminUsersView.Listing.of(email, page);
        return refusal.answer(headers, errors -> view(signedIn, listing, errors)).build();
    }

    private AdminUsersView view(Authenticated signedIn, AdminUsersView.Listing listing, FormErrors errors) {
        UserPage found = admin.listUsers().list(new ListUsersQuery(listing.offset(PAGE_SIZE), PAGE_SIZE, listing.search()));
        return new AdminUsersView(layouts.signedIn(signedIn), listing, found, PAGE_SIZE, signedIn.user(),
                signedIn.token().csrfToken(), errors);
    }

    private static Optional<Set<Role>> chosen(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(Role.fromId(name));
            } catch (UnknownRoleException unknown) {
                return Optional.empty();
            }
        }
        return roles.isEmpty() ? Optional.empty() : Optional.of(roles);
    }

    private static UserId parse(String id) {
        try {
            return UserId.parse(id);
        } catch (IllegalArgumentException notAnId) {
            throw new UserNotFoundException();
        }
    }
}
