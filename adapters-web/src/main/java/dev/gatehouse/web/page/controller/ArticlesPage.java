package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.in.article.ArticleNotFoundException;
import dev.gatehouse.application.port.in.article.ArticleShelf;
import dev.gatehouse.application.port.in.article.ArticleShelfUseCase;
import dev.gatehouse.application.port.in.article.FreeReadsSpentException;
import dev.gatehouse.application.port.in.article.ReadArticleUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.article.Article;
import dev.gatehouse.domain.article.ArticleId;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.access.SignedInPage;
import dev.gatehouse.web.page.view.ArticleView;
import dev.gatehouse.web.page.view.ArticlesView;
import dev.gatehouse.web.page.view.SubscribeView;
import dev.gatehouse.web.problem.UseCaseFailures;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The metered articles as pages: the index of all of them with the free reads left, an article
 * (saying how many new ones this session may still read), or with the free reads spent the
 * "subscribe" page (402), which offers what the demo can: the articles already read, and a new
 * session's reads after signing in again.
 */
@Path("/articles")
@Produces(PageResource.HTML)
@SignedInPage
public final class ArticlesPage {

    private final ReadArticleUseCase readArticle;
    private final ArticleShelfUseCase shelf;
    private final Layouts layouts;

    public ArticlesPage(ReadArticleUseCase readArticle, ArticleShelfUseCase shelf, Layouts layouts) {
        this.readArticle = readArticle;
        this.shelf = shelf;
        this.layouts = layouts;
    }

    @GET
    public ArticlesView index(@Context SecurityContext security) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        return new ArticlesView(layouts.signedIn(signedIn), shelf.shelf(signedIn.session().id()));
    }

    @GET
    @Path("/{id}")
    public Response read(@PathParam("id") String id, @Context SecurityContext security) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        ArticleId article = ArticleId.parse(id).orElseThrow(ArticleNotFoundException::new);
        try {
            Article read = readArticle.read(signedIn.session().id(), article);
            ArticleShelf after = shelf.shelf(signedIn.session().id());
            return Response.ok(new ArticleView(layouts.signedIn(signedIn), read, after)).build();
        } catch (FreeReadsSpentException spent) {
            return Response.status(UseCaseFailures.statusOf(spent))
                    .entity(new SubscribeView(layouts.signedIn(signedIn), spent.freeReads(),
                            shelf.shelf(signedIn.session().id()), signedIn.token().csrfToken()))
                    .build();
        }
    }
}
