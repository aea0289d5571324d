package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.in.article.ArticleNotFoundException;
import dev.gatehouse.application.port.in.article.FreeReadsSpentException;
import dev.gatehouse.application.port.in.article.ReadArticleUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.article.ArticleId;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.access.SignedInPage;
import dev.gatehouse.web.page.view.ArticleView;
import dev.gatehouse.web.page.view.SubscribeView;
import dev.gatehouse.web.problem.UseCaseFailures;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** A metered article as a page: the article, or with the free reads spent the "subscribe" page (402). */
@Path("/articles/{id}")
@Produces(PageResource.HTML)
@SignedInPage
public final class ArticlesPage {

    private final ReadArticleUseCase readArticle;
    private final Layouts layouts;

    public ArticlesPage(ReadArticleUseCase readArticle, Layouts layouts) {
        this.readArticle = readArticle;
        this.layouts = layouts;
    }

    @GET
    public Response read(@PathParam("id") String id, @Context SecurityContext security) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        ArticleId article = ArticleId.parse(id).orElseThrow(ArticleNotFoundException::new);
        try {
            return Response.ok(new ArticleView(layouts.signedIn(signedIn), readArticle.read(signedIn.session().id(), article)))
                    .build();
        } catch (FreeReadsSpentException spent) {
            return Response.status(UseCaseFailures.statusOf(spent)).entity(new SubscribeView(layouts.signedIn(signedIn), spent.freeReads()))
                    .build();
        }
    }
}
