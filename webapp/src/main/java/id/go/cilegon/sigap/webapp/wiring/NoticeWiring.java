package id.go.cilegon.sigap.webapp.wiring;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.query.informationrequest.notice.NoticeDocumentProjection;
import id.go.cilegon.sigap.query.informationrequest.notice.NoticeDocumentQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read model behind the printed pemberitahuan tertulis and tanda bukti penyerahan. */
@Configuration
class NoticeWiring {

    @Bean
    NoticeDocumentProjection noticeDocumentProjection(MongoDatabase database) {
        return new NoticeDocumentProjection(database);
    }

    @Bean
    NoticeDocumentQueries noticeDocumentQueries(MongoDatabase database) {
        return new NoticeDocumentQueries(database);
    }
}
