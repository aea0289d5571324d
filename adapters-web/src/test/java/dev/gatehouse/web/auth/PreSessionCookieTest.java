package dev.gatehouse.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.session.SessionToken;
import jakarta.ws.rs.core.Cookie;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreSessionCookieTest {

    private static final SessionToken TOKEN = SessionToken.fromRandomBytes(filled((byte) 1));

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private static Cookie cookie(String name, String value) {
        return new Cookie.Builder(name).value(value).build();
    }

    @Test
    void followsTheSessionCookiesNamingRuleAndFlags() {
        PreSessionCookie secure = PreSessionCookie.like(new SessionCookie(true));
        PreSessionCookie plainHttp = PreSessionCookie.like(new SessionCookie(false));

        assertThat(secure.issue(TOKEN))
                .isEqualTo("__Host-gh_presession=" + TOKEN.value() + "; Path=/; Secure; HttpOnly; SameSite=Lax");
        assertThat(plainHttp.issue(TOKEN))
                .isEqualTo("gh_presession=" + TOKEN.value() + "; Path=/; HttpOnly; SameSite=Lax");
    }

    @Test
    void readsOnlyATokenShapedValueUnderItsOwnName() {
        PreSessionCookie cookie = new PreSessionCookie(true);

        assertThat(cookie.read(Map.of(cookie.name(), cookie(cookie.name(), TOKEN.value())))).contains(TOKEN);
        assertThat(cookie.read(Map.of(cookie.name(), cookie(cookie.name(), "short")))).isEmpty();
        assertThat(cookie.read(Map.of(SessionCookie.SECURE_NAME, cookie(SessionCookie.SECURE_NAME, TOKEN.value()))))
                .isEmpty();
    }
}
