package dev.gatehouse.web;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.RotateSessionTokenUseCase;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@link RotateSessionTokenUseCase} for resource tests: what each kind of rotation answers, read at every call. */
public final class TestRotations {

    private TestRotations() {
    }

    public static RotateSessionTokenUseCase never() {
        return of(() -> current -> Optional.empty(), () -> current -> Optional.empty());
    }

    public static RotateSessionTokenUseCase of(Supplier<Function<Authenticated, Optional<Authenticated>>> ifDue,
                                               Supplier<Function<Authenticated, Optional<Authenticated>>> now) {
        return new RotateSessionTokenUseCase() {
            @Override
            public Optional<Authenticated> rotateIfDue(Authenticated current) {
                return ifDue.get().apply(current);
            }

            @Override
            public Optional<Authenticated> rotate(Authenticated current) {
                return now.get().apply(current);
            }
        };
    }
}
