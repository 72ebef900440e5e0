package cn.congress;

import cn.congress.web.config.DatabaseConfigurationCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 市人大常委会工作平台. */
@SpringBootApplication
public class CongressApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(CongressApplication.class);
        app.addListeners(new DatabaseConfigurationCheck());
        app.run(args);
    }
}
