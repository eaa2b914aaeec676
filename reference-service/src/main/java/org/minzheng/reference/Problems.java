package org.minzheng.reference;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minzheng.core.cases.IllegalTransitionException;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.standards.MissingStandardException;
import org.minzheng.json.InvalidDocumentException;
import org.minzheng.runtime.UnknownProgramException;
import org.minzheng.spi.storage.DuplicateRecordException;
import org.minzheng.spi.storage.RecordNotFoundException;
import org.minzheng.spi.storage.RegionAccessException;
import org.minzheng.spi.storage.StaleVersionException;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spi.storage.ValueTooLongException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error as an RFC 9457 problem detail (错误响应): {@code type} {@code urn:minzheng:problem:<code>}, the HTTP
 * status, {@code detail} in the requested language, {@code code}, {@code messageZh} and {@code messageEn}, and for
 * invalid input every violation with its field path, rule and both messages. Logs carry the code, status and request
 * path, never a request body, a name or an identity number.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final JsonMapper mapper;

    Problems(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @ExceptionHandler(ApiException.class)
    ProblemDetail api(ApiException e, HttpServletRequest request) {
        return problem(request, e.status(), e.code(), e.messageZh(), e.messageEn(), List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidDocumentException d) {
                return problem(request, HttpStatus.BAD_REQUEST, "invalid-document", "文档内容无效",
                        "The document is invalid", d.violations());
            }
            if (t instanceof InvalidRecordException r) {
                return problem(request, HttpStatus.BAD_REQUEST, "invalid-record", "记录不符合规则",
                        "The record breaks a rule", r.violations());
            }
        }
        return problem(request, HttpStatus.BAD_REQUEST, "malformed-json", "请求体不是有效的 JSON",
                "The request body is not well-formed JSON of the expected shape", List.of());
    }

    @ExceptionHandler(InvalidRecordException.class)
    ProblemDetail invalidRecord(InvalidRecordException e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "invalid-record", "记录不符合规则", "The record breaks a rule",
                e.violations());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            UnknownProgramException.class, IllegalArgumentException.class})
    ProblemDetail badParameter(Exception e, HttpServletRequest request) {
        String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : e instanceof MethodArgumentTypeMismatchException t ? t.getName() : null;
        String en = name != null ? "Parameter '" + name + "' is missing or malformed"
                : e instanceof UnknownProgramException ? e.getMessage() : "A parameter is malformed: " + e.getMessage();
        List<Violation> v = name == null ? List.of() : List.of(Violation.of(name, "parameter", "参数缺失或格式错误", en));
        return problem(request, HttpStatus.BAD_REQUEST, e instanceof UnknownProgramException ? "unknown-program"
                : "bad-parameter", e instanceof UnknownProgramException ? "未知的业务项目" : "请求参数缺失或格式错误", en, v);
    }

    @ExceptionHandler(RegionAccessException.class)
    ProblemDetail outsideRegion(RegionAccessException e, HttpServletRequest request) {
        return problem(request, HttpStatus.FORBIDDEN, "outside-region", "记录不在您的辖区内",
                "The record lies outside your region", List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(request, HttpStatus.FORBIDDEN, "forbidden", "您的岗位无权执行此操作",
                "Your role may not do this", List.of());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e, HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "not-found", "记录不存在", "No such record", List.of());
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e, HttpServletRequest request) {
        return problem(request, HttpStatus.CONFLICT, "stale-version", "记录已被他人修改，请重新读取后再改",
                "The record was changed by someone else; read it again", List.of(Violation.of("version",
                        "stale-version", "版本号不是最新", "the version is not the stored one")));
    }

    @ExceptionHandler(DuplicateRecordException.class)
    ProblemDetail duplicate(DuplicateRecordException e, HttpServletRequest request) {
        return problem(request, HttpStatus.CONFLICT, "duplicate", "记录已存在", "The record exists already: "
                + e.getMessage(), List.of()); // storage messages name records by identifier only
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail transition(IllegalTransitionException e, HttpServletRequest request) {
        return problem(request, HttpStatus.CONFLICT, "illegal-transition", "业务当前状态不允许此操作",
                "The case's state does not allow this step: " + e.getMessage(), List.of());
    }

    @ExceptionHandler(ValueTooLongException.class)
    ProblemDetail tooLong(ValueTooLongException e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "too-long", "字段超出长度限制", e.getMessage(), List.of());
    }

    @ExceptionHandler(MissingStandardException.class)
    ProblemDetail missingStandard(MissingStandardException e, HttpServletRequest request) {
        return problem(request, HttpStatus.UNPROCESSABLE_CONTENT, "missing-standard", "该地区该月份缺少所需标准",
                e.getMessage(), List.of());
    }

    @ExceptionHandler(StorageException.class)
    ProblemDetail storage(StorageException e, HttpServletRequest request) {
        LOG.error("storage failure on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getClass().getName());
        return problem(request, HttpStatus.SERVICE_UNAVAILABLE, "storage", "存储暂不可用", "Storage is unavailable",
                List.of());
    }

    /** Spring MVC's own refusals (wrong method, media type, unknown path…) and anything unexpected. */
    @ExceptionHandler(Exception.class)
    ProblemDetail other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse r) {
            HttpStatusCode code = r.getStatusCode();
            HttpStatus status = HttpStatus.resolve(code.value());
            if (status != null && status.is4xxClientError()) {
                return problem(request, status, "http-" + status.value(), "请求无法处理（" + status.value() + "）",
                        status.getReasonPhrase(), List.of());
            }
        }
        LOG.error("unexpected {} on {} {}", e.getClass().getName(), request.getMethod(), request.getRequestURI());
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "服务内部错误", "Internal error",
                List.of());
    }

    /** For Spring Security's entry point: no or wrong credentials. */
    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"minzheng\"");
        write(response, problem(request, HttpStatus.UNAUTHORIZED, "unauthenticated", "请先登录",
                "Authentication is required", List.of()));
    }

    /** For Spring Security's access-denied handler: the role may not use the endpoint. */
    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, denied(e, request));
    }

    private void write(HttpServletResponse response, ProblemDetail p) throws IOException {
        response.setStatus(p.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(mapper.writeValueAsString(p));
    }

    static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, String messageZh,
                                 String messageEn, List<Violation> violations) {
        Locale locale = Languages.of(request);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, Languages.english(locale) ? messageEn : messageZh);
        p.setType(URI.create("urn:minzheng:problem:" + code));
        p.setTitle(status.getReasonPhrase());
        p.setInstance(URI.create(request.getRequestURI()));
        p.setProperty("code", code);
        p.setProperty("messageZh", messageZh);
        p.setProperty("messageEn", messageEn);
        if (!violations.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Violation v : violations) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", v.path());
                m.put("rule", v.rule());
                m.put("messageZh", v.messageZh());
                m.put("messageEn", v.messageEn());
                v.invalidValue().ifPresent(x -> m.put("value", x)); // masked by the library
                list.add(m);
            }
            p.setProperty("violations", list);
        }
        (status.is5xxServerError() ? LOG.atWarn() : LOG.atInfo()).log("{} {} -> {} {}", request.getMethod(),
                request.getRequestURI(), status.value(), code);
        return p;
    }
}
