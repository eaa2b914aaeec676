package org.minzheng.core.identity;

/** Builds the bilingual exceptions of this package; never includes the rejected input. */
final class Errors {

    private Errors() {
    }

    static InvalidIdentifierException nullInput(IdentifierKind kind) {
        return new InvalidIdentifierException(kind, Reason.NULL,
                kind.chineseName() + "不能为空", kind.englishName() + " must not be null");
    }

    static InvalidIdentifierException length(IdentifierKind kind, int actual, String expected) {
        return new InvalidIdentifierException(kind, Reason.LENGTH,
                kind.chineseName() + "长度应为" + expected + "位，实际为" + actual + "位",
                kind.englishName() + " must have " + expected + " characters, has " + actual);
    }

    static InvalidIdentifierException character(IdentifierKind kind, int position, String allowedZh,
            String allowedEn) {
        return new InvalidIdentifierException(kind, Reason.CHARACTER, position,
                kind.chineseName() + "第" + position + "位应为" + allowedZh,
                kind.englishName() + ": character " + position + " must be " + allowedEn);
    }

    static InvalidIdentifierException check(IdentifierKind kind, int position) {
        return new InvalidIdentifierException(kind, Reason.CHECK, position,
                kind.chineseName() + "校验码（第" + position + "位）不正确",
                kind.englishName() + ": check character (position " + position + ") does not match");
    }

    static InvalidIdentifierException of(IdentifierKind kind, Reason reason, int position,
            String zh, String en) {
        return new InvalidIdentifierException(kind, reason, position,
                kind.chineseName() + zh, kind.englishName() + ": " + en);
    }

    /** First 6 and last 4 characters, the rest as '*'; short strings are fully masked. */
    static String mask(String value) {
        int n = value.length();
        if (n <= 10) {
            return "*".repeat(n);
        }
        return value.substring(0, 6) + "*".repeat(n - 10) + value.substring(n - 4);
    }
}
