package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.audit.AuditEventPage;
import dev.gatehouse.application.port.in.audit.ListAuditEventsUseCase;
import dev.gatehouse.web.problem.FieldError;
import dev.gatehouse.web.problem.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** The audit trail, newest first, for the {@code admin} role only. */
@Path("/api/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class AdminAuditResource {

    private final ListAuditEventsUseCase listAuditEvents;

    public AdminAuditResource(ListAuditEventsUseCase listAuditEvents) {
        this.listAuditEvents = listAuditEvents;
    }

    @GET
    public AuditEventPageJson list(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        List<FieldError> errors = new ArrayList<>();
        PageParams paging = PageParams.parse(offset, limit, AuditEventPage.DEFAULT_LIMIT, AuditEventPage.MAX_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        AuditEventPage page = listAuditEvents.list(paging.offset(), paging.limit());
        return new AuditEventPageJson(page.items().stream().map(ApiMapper::auditEvent).toList(), page.total());
    }
}
