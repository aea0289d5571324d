package dev.gatehouse.domain.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadingMeterTest {

    private static ArticleId article(int id) {
        return new ArticleId(id);
    }

    @Test
    void countsEachNewArticleUntilTheAllowanceIsSpent() {
        ReadingMeter meter = ReadingMeter.fresh(2).reading(article(4)).reading(article(1));

        ReadingMeter refused = meter.reading(article(9));

        assertThat(meter.hasRead(article(4))).isTrue();
        assertThat(meter.reads()).isEqualTo(2);
        assertThat(refused.hasRead(article(9))).isFalse();
        assertThat(refused.format()).isEqualTo("1,4");
    }

    @Test
    void readingAnArticleAgainCostsNothing() {
        ReadingMeter meter = ReadingMeter.fresh(2).reading(article(4)).reading(article(4)).reading(article(4));

        assertThat(meter.reads()).isEqualTo(1);
        assertThat(meter.reading(article(7)).hasRead(article(7))).isTrue();
    }

    @Test
    void aSpentAllowanceStillOpensWhatWasRead() {
        ReadingMeter spent = ReadingMeter.fresh(1).reading(article(3));

        assertThat(spent.reading(article(3)).hasRead(article(3))).isTrue();
        assertThat(spent.reading(article(5)).hasRead(article(5))).isFalse();
    }

    @Test
    void isStoredAsItsIdsAndReadBack() {
        ReadingMeter meter = ReadingMeter.fresh(5).reading(article(10)).reading(article(2));

        ReadingMeter back = ReadingMeter.parse(meter.format(), 5);

        assertThat(meter.format()).isEqualTo("2,10");
        assertThat(back.hasRead(article(2))).isTrue();
        assertThat(back.hasRead(article(10))).isTrue();
        assertThat(back.reads()).isEqualTo(2);
    }

    @Test
    void whatCannotBeReadBackCountsAsNothingAndNeverMoreThanTheAllowance() {
        assertThat(ReadingMeter.parse("", 5).reads()).isZero();
        assertThat(ReadingMeter.parse("x,-1,0,3", 5).format()).isEqualTo("3");
        assertThat(ReadingMeter.parse("1,2,3,4,5,6,7", 3).reads()).isEqualTo(3);
    }

    @Test
    void anAllowanceIsZeroToAHundred() {
        assertThat(ReadingMeter.fresh(0).reading(article(1)).reads()).isZero();
        assertThatThrownBy(() -> ReadingMeter.fresh(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadingMeter.fresh(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articleIdsAreThePositiveNumbersAsWritten() {
        assertThat(ArticleId.parse("7")).contains(article(7));
        assertThat(ArticleId.parse("abc")).isEmpty();
        assertThat(ArticleId.parse("0")).isEmpty();
        assertThat(ArticleId.parse("-1")).isEmpty();
        assertThat(ArticleId.parse("07")).isEmpty();
        assertThat(ArticleId.parse("99999999999")).isEmpty();
        assertThat(ArticleId.parse(null)).isEmpty();
    }
}
