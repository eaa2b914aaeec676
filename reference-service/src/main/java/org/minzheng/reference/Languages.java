package org.minzheng.reference;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The language of a response (响应语言): {@code ?lang=zh|en}, else the Accept-Language header, else Chinese. */
final class Languages {

    private Languages() {
    }

    static Locale of(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null && !lang.isBlank()) {
            return lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        if (request.getHeader("Accept-Language") != null) {
            return request.getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    static boolean english(Locale locale) {
        return locale.getLanguage().equals("en");
    }
}
