package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.in.article.ArticleNotFoundException;
import dev.gatehouse.application.port.in.article.FreeReadsSpentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The metered articles' refusals as problem documents. */
public final class ArticleMappers {

    private ArticleMappers() {
    }

    public static final class NotFound implements ExceptionMapper<ArticleNotFoundException> {

        @Override
        public Response toResponse(ArticleNotFoundException exception) {
            return UseCaseFailures.typeOf(exception).response("No such article").build();
        }
    }

    public static final class FreeReadsSpent implements ExceptionMapper<FreeReadsSpentException> {

        @Override
        public Response toResponse(FreeReadsSpentException spent) {
            return UseCaseFailures.typeOf(spent).response("This session has read its " + spent.freeReads()
                    + " free articles; articles read before stay open. Subscribe to read on").build();
        }
    }
}
