package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.article.ArticleNotFoundException;
import dev.gatehouse.application.port.in.article.ReadArticleUseCase;
import dev.gatehouse.domain.article.ArticleId;
import dev.gatehouse.web.auth.SignedInUser;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The metered-article example of the contract: each read counts against the session's free reads
 * (402 once they are spent), whichever way the session is presented.
 */
@Path("/api/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
public final class ArticlesResource {

    private final ReadArticleUseCase readArticle;

    public ArticlesResource(ReadArticleUseCase readArticle) {
        this.readArticle = readArticle;
    }

    @GET
    public ArticleJson read(@Auth SignedInUser reader, @PathParam("id") String id) {
        ArticleId article = ArticleId.parse(id).orElseThrow(ArticleNotFoundException::new);
        return ArticleJson.of(readArticle.read(reader.authenticated().session().id(), article));
    }
}
