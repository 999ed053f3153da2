package io.wenliu.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.search.text.EntityNames.Type;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityNamesTest {

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            LOCATION     | 盐城市             | 盐城
            LOCATION     | 盐城               | 盐城
            LOCATION     | 江苏省             | 江苏
            LOCATION     | 北京市             | 北京
            LOCATION     | 新疆维吾尔自治区   | 新疆
            LOCATION     | 沙市               | 沙市
            LOCATION     | 赣县               | 赣县
            LOCATION     | 浦东新区           | 浦东新区
            ORGANIZATION | 世卫组织           | 世界卫生组织
            ORGANIZATION | 世界卫生组织       | 世界卫生组织
            ORGANIZATION | 国家卫健委         | 国家卫生健康委员会
            ORGANIZATION | 中组部             | 中共中央组织部
            ORGANIZATION | 欧洲联盟           | 欧盟
            ORGANIZATION | 党中央             | 党中央
            ORGANIZATION | 盐城市委           | 盐城市委
            PERSON       | 习近平总书记       | 习近平
            PERSON       | 邱海波             | 邱海波
            PERSON       | 张教授             | 张教授
            """)
    void formsOfOneThingGetOneName(Type type, String written, String canonical) {
        assertThat(EntityNames.standard().canonical(type, written)).isEqualTo(canonical);
    }
}
