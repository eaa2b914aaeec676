package com.example.dantu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/writing-a-local-program.md shows this module as it is: every code block marked {@code <!-- file: PATH -->}
 * is exactly the file at PATH in this module, and every file of the module (but this test) is shown once. Change
 * the example and the page together.
 */
class GuideTest {

    static final Path GUIDE = Path.of("../docs/writing-a-local-program.md");
    static final Pattern BLOCK = Pattern.compile("<!-- file: (\\S+) -->\\n```[a-z]*\\n(.*?)```\\n", Pattern.DOTALL);

    private static Map<String, String> blocks() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        Map<String, String> out = new TreeMap<>();
        Matcher m = BLOCK.matcher(guide);
        while (m.find()) {
            assertThat(out.put(m.group(1), m.group(2))).as("shown twice: " + m.group(1)).isNull();
        }
        return out;
    }

    @Test
    void everyFileShown_isTheFileInTheModule() throws IOException {
        Map<String, String> blocks = blocks();
        assertThat(blocks).isNotEmpty();
        for (Map.Entry<String, String> e : blocks.entrySet()) {
            assertThat(e.getValue()).as("the guide's block for " + e.getKey() + " differs from the file; "
                    + "copy the file into the guide").isEqualTo(Files.readString(Path.of(e.getKey()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyFileOfTheExample_isShown() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src"))) {
            s.filter(Files::isRegularFile).map(p -> p.toString().replace('\\', '/'))
                    .filter(p -> !p.endsWith("/GuideTest.java")).sorted().forEach(files::add);
        }
        assertThat(blocks().keySet()).as("files of example-local-program shown in the guide")
                .containsExactlyInAnyOrderElementsOf(files);
    }
}
