package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.minzheng.jdbc.testing.FreshStorage;
import org.minzheng.spi.storage.StorageException;

class H2ServiceRecordMigrationTest extends ServiceRecordMigrationContract {

    private final DataSource dataSource = FreshStorage.h2();

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Test
    void v3_onADocumentNotInTheFormMinzhengJsonWrote_failsBeforeDroppingTheDocument() throws Exception {
        String spaced = v2Bodies().get(1).replace("{\"kind\":", "{ \"kind\" :");
        storeAtVersion2(dataSource, List.of(spaced));
        assertThatThrownBy(() -> JdbcStorage.migrate(dataSource)).isInstanceOf(StorageException.class);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT body FROM mz_service_record")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(spaced);
        }
    }
}
