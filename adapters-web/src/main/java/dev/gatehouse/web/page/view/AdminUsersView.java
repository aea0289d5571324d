package dev.gatehouse.web.page.view;

import dev.gatehouse.application.port.in.admin.ListUsersQuery;
import dev.gatehouse.application.port.in.admin.UserPage;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One page of the account list, with a role form and a disable or enable button per account. */
public final class AdminUsersView extends PageView {

    /** Which list is shown: the search and the page number, as the query string and hidden fields carry them. */
    public record Listing(String email, int page) {

        public static Listing of(String email, String page) {
            String search = email == null ? "" : email.strip();
            if (search.length() > ListUsersQuery.MAX_SEARCH_LENGTH) {
                search = search.substring(0, ListUsersQuery.MAX_SEARCH_LENGTH);
            }
            return new Listing(search, pageNumber(page));
        }

        private static int pageNumber(String page) {
            try {
                return Math.max(1, Integer.parseInt(page == null ? "1" : page.strip()));
            } catch (NumberFormatException notANumber) {
                return 1;
            }
        }

        public Optional<String> search() {
            return email.isEmpty() ? Optional.empty() : Optional.of(email);
        }

        public int offset(int pageSize) {
            return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize);
        }

        /** A local path, so it is safe to redirect to. */
        public String href() {
            return hrefOf(page);
        }

        String hrefOf(int number) {
            StringBuilder href = new StringBuilder("/admin/users");
            String separator = "?";
            if (!email.isEmpty()) {
                href.append(separator).append("email=").append(URLEncoder.encode(email, StandardCharsets.UTF_8));
                separator = "&";
            }
            if (number > 1) {
                href.append(separator).append("page=").append(number);
            }
            return href.toString();
        }
    }

    /** A role as a checkbox of one account's role form. */
    public record RoleBox(String id, String label, boolean checked) {
    }

    public record Row(String id, String email, List<RoleBox> roles, String status, boolean disabled, boolean pending,
                      ShownTime createdAt, Optional<ShownTime> lastLoginAt, boolean self) {

        public String disableQuestion() {
            return AdminUsersView.disableQuestion(email);
        }

        public String signOutQuestion() {
            return AdminUsersView.signOutQuestion(email);
        }

        public static Row of(User user, User viewer) {
            List<RoleBox> boxes = Arrays.stream(Role.values())
                    .map(role -> new RoleBox(role.id(), role.id(), user.hasRole(role)))
                    .toList();
            return new Row(user.id().toString(), user.email().value(), boxes, user.status().name().toLowerCase(),
                    user.disabled(), user.pending(), ShownTime.of(user.createdAt(), viewer),
                    user.lastLoginAt().map(at -> ShownTime.of(at, viewer)), user.id().equals(viewer.id()));
        }
    }

    /** What the confirmation asks before roles are taken away; gatehouse.js words the dialog's alike. */
    public static String removalQuestion(List<String> roles, String email) {
        return "Remove the role" + (roles.size() == 1 ? " " : "s ") + String.join(" and ", roles) + " from " + email + "?";
    }

    public static String disableQuestion(String email) {
        return "Disable the account " + email + "? It is signed out everywhere and cannot sign in until enabled again.";
    }

    public static String signOutQuestion(String email) {
        return "Sign out " + email + " everywhere? Every browser signed in to the account is signed out.";
    }

    private final Listing listing;
    private final List<Row> users;
    private final int total;
    private final int pageSize;
    private final String csrfToken;
    private final FormErrors errors;

    public AdminUsersView(Layout layout, Listing listing, UserPage found, int pageSize, User viewer, String csrfToken,
                   FormErrors errors) {
        super("admin-users.mustache", "Accounts", layout);
        this.listing = listing;
        this.users = found.items().stream().map(user -> Row.of(user, viewer)).toList();
        this.total = found.total();
        this.pageSize = pageSize;
        this.csrfToken = csrfToken;
        this.errors = errors;
    }

    public Listing listing() {
        return listing;
    }

    public List<Row> users() {
        return users;
    }

    public int total() {
        return total;
    }

    public boolean empty() {
        return users.isEmpty();
    }

    /** "21–40 of 57", or nothing when the page is empty. */
    public String range() {
        if (users.isEmpty()) {
            return "";
        }
        int first = listing.offset(pageSize) + 1;
        return first + "–" + (first + users.size() - 1) + " of " + total;
    }

    public Optional<String> previousHref() {
        return listing.page() > 1 ? Optional.of(listing.hrefOf(listing.page() - 1)) : Optional.empty();
    }

    public Optional<String> nextHref() {
        return (long) listing.page() * pageSize < total ? Optional.of(listing.hrefOf(listing.page() + 1)) : Optional.empty();
    }

    public String csrfToken() {
        return csrfToken;
    }

    public FormErrors errors() {
        return errors;
    }
}
