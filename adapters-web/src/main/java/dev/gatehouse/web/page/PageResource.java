package dev.gatehouse.web.page;

/**
 * What every page resource shares, kept apart from {@link Pages}, which builds them, so that the
 * pages and their filters do not depend on their own assembly.
 */
public final class PageResource {

    public static final String HTML = "text/html;charset=UTF-8";
    /** Every page resource lives in this package or below it. */
    public static final String PACKAGE_TREE = PageResource.class.getPackageName() + ".";

    private PageResource() {
    }
}
