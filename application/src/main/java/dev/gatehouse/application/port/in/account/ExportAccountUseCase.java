package dev.gatehouse.application.port.in.account;

import dev.gatehouse.application.port.in.session.Authenticated;

public interface ExportAccountUseCase {

    /** What the service holds about the asking account, for its owner to take away. */
    AccountExport export(Authenticated asking);
}
