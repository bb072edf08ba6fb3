using JobAggregator.Contracts;
using JobAggregator.Normalizer.Salary;

namespace JobAggregator.Normalizer.Tests.Salary;

public sealed class SalaryParserTests
{
    public static TheoryData<string, string?, decimal?, decimal?, string?, string?, decimal?, decimal?> Stated => new()
    {
        { "$36,000+ per year, depending on experience", "US", 36_000m, null, "USD", "YEAR", 36_000m, null },
        { "$36,000+", "US", 36_000m, null, "USD", "YEAR", 36_000m, null },
        { "$17.89 – $50.98 per hour", "US", 17.89m, 50.98m, "USD", "HOUR", 37_211.2m, 106_038.4m },
        { "$17.89 - $50.98 hourly", "US", 17.89m, 50.98m, "USD", "HOUR", 37_211.2m, 106_038.4m },
        { "$65,000", "US", 65_000m, 65_000m, "USD", "YEAR", 65_000m, 65_000m },
        { "時給1,200円～1,500円", "JP", 1_200m, 1_500m, "JPY", "HOUR", 2_496_000m, 3_120_000m },
        { "時給1,150円〜", "JP", 1_150m, null, "JPY", "HOUR", 2_392_000m, null },
        { "月給25万円～", "JP", 250_000m, null, "JPY", "MONTH", 3_000_000m, null },
        { "32 000–36 000 kr/mån", "SE", 32_000m, 36_000m, "SEK", "MONTH", 384_000m, 432_000m },
        { "Løn: 41.500 kr. pr. måned", "DK", 41_500m, 41_500m, "DKK", "MONTH", 498_000m, 498_000m },
        { "180 kr. i timen", "DK", 180m, 180m, "DKK", "HOUR", 374_400m, 374_400m },
        { "Minijob auf 538-Euro-Basis, ca. 8 Std./Woche", "DE", 538m, 538m, "EUR", "MONTH", 6_456m, 6_456m },
        { "Geringfügige Anstellung, 518,44 €", "AT", 518.44m, 518.44m, "EUR", "MONTH", 6_221.28m, 6_221.28m },
        { "a 25-dollar-an-hour job", "US", 25m, 25m, "USD", "HOUR", 52_000m, 52_000m },
        { "550 000 kr per år", "NO", 550_000m, 550_000m, "NOK", "YEAR", 550_000m, 550_000m },
        { "35 000 Kč hrubého měsíčně", "CZ", 35_000m, 35_000m, "CZK", "MONTH", 420_000m, 420_000m },
        { "28 000–32 000 Kč hrubého", "CZ", 28_000m, 32_000m, "CZK", "MONTH", 336_000m, 384_000m },
        { "19 500 Kč hrubého, plus příplatky", "CZ", 19_500m, 19_500m, "CZK", "MONTH", 234_000m, 234_000m },
        { "Timelønnen er 175 kr.", "DK", 175m, 175m, "DKK", "HOUR", 364_000m, 364_000m },
        { "Timlönen är 160 kr", "SE", 160m, 160m, "SEK", "HOUR", 332_800m, 332_800m },
        { "Timelønnen er 210 kr.", "NO", 210m, 210m, "NOK", "HOUR", 436_800m, 436_800m },
        { "$780.000 líquidos más bono de turno", "CL", 780_000m, 780_000m, "CLP", "MONTH", 9_360_000m, 9_360_000m },
        { "Renta líquida: $1.150.000", "CL", 1_150_000m, 1_150_000m, "CLP", "MONTH", 13_800_000m, 13_800_000m },
        { "R$ 3.200 líquido", "BR", 3_200m, 3_200m, "BRL", "MONTH", 38_400m, 38_400m },
        { "32 000 Kč čistého", "CZ", 32_000m, 32_000m, "CZK", "MONTH", 384_000m, 384_000m },
        { "$15.000.000 líquidos anuales", "CL", 15_000_000m, 15_000_000m, "CLP", "YEAR", 15_000_000m, 15_000_000m },
        { "SEK 45 000 per månad", null, 45_000m, 45_000m, "SEK", "MONTH", 540_000m, 540_000m },
        { "月薪8000元以上", "CN", 8_000m, null, "CNY", "MONTH", 96_000m, null },
        { "月薪 NT$65,000 起", "TW", 65_000m, null, "TWD", "MONTH", 780_000m, null },
        { "月薪新台幣 60,000 元起（依經歷調整）", "TW", 60_000m, null, "TWD", "MONTH", 720_000m, null },
        { "月薪新臺幣 38,000 元起", null, 38_000m, null, "TWD", "MONTH", 456_000m, null },
        { "時薪台幣 200 元", null, 200m, 200m, "TWD", "HOUR", 416_000m, 416_000m },
        { "月薪 45,000 元", "TW", 45_000m, 45_000m, "TWD", "MONTH", 540_000m, 540_000m },
        { "時薪 200 元", "TW", 200m, 200m, "TWD", "HOUR", 416_000m, 416_000m },
        { "時給 1,100 円", "JP", 1_100m, 1_100m, "JPY", "HOUR", 2_288_000m, 2_288_000m },
        { "日薪 150 元", "CN", 150m, 150m, "CNY", "DAY", 39_000m, 39_000m },
        { "月薪 18,000 元起", "HK", 18_000m, null, "HKD", "MONTH", 216_000m, null },
        { "月薪 8,000 元", null, 8_000m, 8_000m, "CNY", "MONTH", 96_000m, 96_000m },
        { "月薪8000元起", "CN", 8_000m, null, "CNY", "MONTH", 96_000m, null },
        { "mind. € 3.100,- brutto/Monat", "AT", 3_100m, null, "EUR", "MONTH", 37_200m, null },
        { "mindestens 2.800 € brutto im Monat", "DE", 2_800m, null, "EUR", "MONTH", 33_600m, null },
        { "Das monatliche Mindestgehalt beträgt € 2.400 brutto auf Basis Vollzeit (38 Wochenstunden).", "AT", 2_400m, null, "EUR", "MONTH", 28_800m, null },
        { "Mindestentgelt laut KV: € 2.650 brutto pro Monat", "AT", 2_650m, null, "EUR", "MONTH", 31_800m, null },
        { "Das Mindestentgelt laut KV SWÖ (VG 8) beträgt € 3.412,– brutto monatlich auf Basis Vollzeit (37 Wochenstunden)", "AT", 3_412m, null, "EUR", "MONTH", 40_944m, null },
        { "Mindestentgelt € 3.120,– brutto/Monat (Basis 37 WStd.), Überzahlung möglich", "AT", 3_120m, null, "EUR", "MONTH", 37_440m, null },
        { "€ 2.900 brutto/Monat, Bereitschaft zur Überzahlung", "AT", 2_900m, null, "EUR", "MONTH", 34_800m, null },
        { "月給25万円〜30万円（経験による）", "JP", 250_000m, 300_000m, "JPY", "MONTH", 3_000_000m, 3_600_000m },
        { "月薪8000-12000元", "CN", 8_000m, 12_000m, "CNY", "MONTH", 96_000m, 144_000m },
        { "时薪：￥５０", "CN", 50m, 50m, "CNY", "HOUR", 104_000m, 104_000m },
        { "年薪15万至20万元", "CN", 150_000m, 200_000m, "CNY", "YEAR", 150_000m, 200_000m },
        { "日薪 150元", "CN", 150m, 150m, "CNY", "DAY", 39_000m, 39_000m },
        { "200元/天", "CN", 200m, 200m, "CNY", "DAY", 52_000m, 52_000m },
        { "每天 300元", "CN", 300m, 300m, "CNY", "DAY", 78_000m, 78_000m },
        { "2000元/周", "CN", 2_000m, 2_000m, "CNY", "WEEK", 104_000m, 104_000m },
        { "15-25K/月", "CN", 15_000m, 25_000m, "CNY", "MONTH", 180_000m, 300_000m },
        { "8K-12K·13薪", "CN", 8_000m, 12_000m, "CNY", "MONTH", 96_000m, 144_000m },
        { "10-15K", "CN", 10_000m, 15_000m, "CNY", "MONTH", 120_000m, 180_000m },
        { "$U 52.300 nominales mensuales", "UY", 52_300m, 52_300m, "UYU", "MONTH", 627_600m, 627_600m },
        { "Remuneración: $U 38.000 nominales mensuales", null, 38_000m, 38_000m, "UYU", "MONTH", 456_000m, 456_000m },
        { "Sueldo nominal: $ 45.000 por mes", "UY", 45_000m, 45_000m, "UYU", "MONTH", 540_000m, 540_000m },
        { "Salario: U$S 1.200 mensuales", "UY", 1_200m, 1_200m, "USD", "MONTH", 14_400m, 14_400m },
        { "R$ 2.300,00 mensais para 20 horas semanais", "BR", 2_300m, 2_300m, "BRL", "MONTH", 27_600m, 27_600m },
        { "Gehalt: CHF 7'200 – 8'100 pro Monat", "CH", 7_200m, 8_100m, "CHF", "MONTH", 86_400m, 97_200m },
        { "Wynagrodzenie: 6 500 – 8 000 zł brutto miesięcznie", "PL", 6_500m, 8_000m, "PLN", "MONTH", 78_000m, 96_000m },
        { "Widełki: 120 – 160 zł/h netto + VAT", "PL", 120m, 160m, "PLN", "HOUR", 249_600m, 332_800m },
        { "Widełki: 7 500 – 9 000 zł brutto/mies.", "PL", 7_500m, 9_000m, "PLN", "MONTH", 90_000m, 108_000m },
        { "$65,000+ (based on experience)", "US", 65_000m, null, "USD", "YEAR", 65_000m, null },
        { "$36,000 or more per year, depending on experience.", "US", 36_000m, null, "USD", "YEAR", 36_000m, null },
        { "$120-150k", "US", 120_000m, 150_000m, "USD", "YEAR", 120_000m, 150_000m },
        { "$120-150k", null, 120_000m, 150_000m, "USD", "YEAR", 120_000m, 150_000m },
        { "$120K–$150K", null, 120_000m, 150_000m, "USD", "YEAR", 120_000m, 150_000m },
        { "$50K - $60K/year", "US", 50_000m, 60_000m, "USD", "YEAR", 50_000m, 60_000m },
        { "€45.000 - €50.000 per year", "NL", 45_000m, 50_000m, "EUR", "YEAR", 45_000m, 50_000m },
        { "€45.000", "NL", 45_000m, 45_000m, "EUR", "YEAR", 45_000m, 45_000m },
        { "45 000 €", "FR", 45_000m, 45_000m, "EUR", "YEAR", 45_000m, 45_000m },
        { "45.000 - 50.000 € brutos anuales", "ES", 45_000m, 50_000m, "EUR", "YEAR", 45_000m, 50_000m },
        { "€ 2.800 bruto per maand", "NL", 2_800m, 2_800m, "EUR", "MONTH", 33_600m, 33_600m },
        { "up to $80,000", "US", null, 80_000m, "USD", "YEAR", null, 80_000m },
        { "Up to £40,000 per annum", "GB", null, 40_000m, "GBP", "YEAR", null, 40_000m },
        { "USD 50,000 to 60,000", null, 50_000m, 60_000m, "USD", "YEAR", 50_000m, 60_000m },
        { "Between $40,000 and $45,000 a year", "US", 40_000m, 45_000m, "USD", "YEAR", 40_000m, 45_000m },
        { "$45,000 - $55,000 DOE", "US", 45_000m, 55_000m, "USD", "YEAR", 45_000m, 55_000m },
        { "£28,000 - £32,000 per annum", "GB", 28_000m, 32_000m, "GBP", "YEAR", 28_000m, 32_000m },
        { "£25,000 – £30,000 pro rata", "GB", 25_000m, 30_000m, "GBP", "YEAR", 25_000m, 30_000m },
        { "GBP 30,000", null, 30_000m, 30_000m, "GBP", "YEAR", 30_000m, 30_000m },
        { "CAD 55,000 - 65,000 annually", "CA", 55_000m, 65_000m, "CAD", "YEAR", 55_000m, 65_000m },
        { "$70,000 - $80,000", "CA", 70_000m, 80_000m, "CAD", "YEAR", 70_000m, 80_000m },
        { "$30 - $35 an hour", "CA", 30m, 35m, "CAD", "HOUR", 62_400m, 72_800m },
        { "C$32 an hour", null, 32m, 32m, "CAD", "HOUR", 66_560m, 66_560m },
        { "A$85,000 + super", "AU", 85_000m, 85_000m, "AUD", "YEAR", 85_000m, 85_000m },
        { "R$ 7.500,00 + benefícios", "BR", 7_500m, 7_500m, "BRL", "MONTH", 90_000m, 90_000m },
        { "R$ 4.200,00 + VR", "BR", 4_200m, 4_200m, "BRL", "MONTH", 50_400m, 50_400m },
        { "Remuneração: R$ 1.900,00 + VR + VT", "BR", 1_900m, 1_900m, "BRL", "MONTH", 22_800m, 22_800m },
        { "Salario bruto anual: 24.000 € en 14 pagas", "ES", 24_000m, 24_000m, "EUR", "YEAR", 24_000m, 24_000m },
        { "28.000 € lordi all'anno su 14 mensilità", "IT", 28_000m, 28_000m, "EUR", "YEAR", 28_000m, 28_000m },
        { "Jahresgehalt 52.000 € (13 Monatsgehälter)", "DE", 52_000m, 52_000m, "EUR", "YEAR", 52_000m, 52_000m },
        { "$72,000 + superannuation", "AU", 72_000m, 72_000m, "AUD", "YEAR", 72_000m, 72_000m },
        { "€ 3.200 brutto monatlich + Zulagen", "DE", 3_200m, 3_200m, "EUR", "MONTH", 38_400m, 38_400m },
        { "2 100 € brut mensuel + avantages", "FR", 2_100m, 2_100m, "EUR", "MONTH", 25_200m, 25_200m },
        { "$60,000 + bonus", "US", 60_000m, 60_000m, "USD", "YEAR", 60_000m, 60_000m },
        { "$60,000+ plus benefits", "US", 60_000m, null, "USD", "YEAR", 60_000m, null },
        { "AUD 90,000 - 100,000 plus superannuation", null, 90_000m, 100_000m, "AUD", "YEAR", 90_000m, 100_000m },
        { "$45 per hour", "AU", 45m, 45m, "AUD", "HOUR", 93_600m, 93_600m },
        { "$95,000 AUD", null, 95_000m, 95_000m, "AUD", "YEAR", 95_000m, 95_000m },
        { "NZ$60,000 per annum", "NZ", 60_000m, 60_000m, "NZD", "YEAR", 60_000m, 60_000m },
        { "$62,000", "NZ", 62_000m, 62_000m, "NZD", "YEAR", 62_000m, 62_000m },
        { "NZD 28.50 per hour", null, 28.50m, 28.50m, "NZD", "HOUR", 59_280m, 59_280m },
        { "$25/hr", "US", 25m, 25m, "USD", "HOUR", 52_000m, 52_000m },
        { "$22 per hour", null, 22m, 22m, "USD", "HOUR", 45_760m, 45_760m },
        { "$350 per day", "US", 350m, 350m, "USD", "DAY", 91_000m, 91_000m },
        { "Stipend: $600 per week", "US", 600m, 600m, "USD", "WEEK", 31_200m, 31_200m },
        { "$1,234.56 weekly", "US", 1_234.56m, 1_234.56m, "USD", "WEEK", 64_197.12m, 64_197.12m },
        { "$4,500 per month", "US", 4_500m, 4_500m, "USD", "MONTH", 54_000m, 54_000m },
        { "$2,500/month stipend", "US", 2_500m, 2_500m, "USD", "MONTH", 30_000m, 30_000m },
        { "$4,500", "US", 4_500m, 4_500m, "USD", "MONTH", 54_000m, 54_000m },
        { "$22", "US", 22m, 22m, "USD", "HOUR", 45_760m, 45_760m },
        { "Salary: $52,000 - $48,000", "US", 48_000m, 52_000m, "USD", "YEAR", 48_000m, 52_000m },
        { "$50,000 per year plus 401(k) match", "US", 50_000m, 50_000m, "USD", "YEAR", 50_000m, 50_000m },
        { "$22 per hour, 40 hours per week", "US", 22m, 22m, "USD", "HOUR", 45_760m, 45_760m },
        { "Hourly rate: $30", "US", 30m, 30m, "USD", "HOUR", 62_400m, 62_400m },
        { "$55,000 per week", "US", 55_000m, 55_000m, "USD", "YEAR", 55_000m, 55_000m },
        { "€ 2.500 al mese", "IT", 2_500m, 2_500m, "EUR", "MONTH", 30_000m, 30_000m },
        { "RAL 32.000 € lordi annui", "IT", 32_000m, 32_000m, "EUR", "YEAR", 32_000m, 32_000m },
        { "1.800 € par mois", "FR", 1_800m, 1_800m, "EUR", "MONTH", 21_600m, 21_600m },
        { "Salaire : 38 000 € par an", "FR", 38_000m, 38_000m, "EUR", "YEAR", 38_000m, 38_000m },
        { "€ 3.200 per maand", "NL", 3_200m, 3_200m, "EUR", "MONTH", 38_400m, 38_400m },
        { "€ 3.200 - € 4.100 bruto per maand", "NL", 3_200m, 4_100m, "EUR", "MONTH", 38_400m, 49_200m },
        { "$900.000 por mes", "AR", 900_000m, 900_000m, "ARS", "MONTH", 10_800_000m, 10_800_000m },
        { "ARS 450.000 mensuales", null, 450_000m, 450_000m, "ARS", "MONTH", 5_400_000m, 5_400_000m },
        { "NT$45,000 per month", "TW", 45_000m, 45_000m, "TWD", "MONTH", 540_000m, 540_000m },
        { "TWD 600,000 per year", null, 600_000m, 600_000m, "TWD", "YEAR", 600_000m, 600_000m },
        { "NT$45,000 per month", null, 45_000m, 45_000m, "TWD", "MONTH", 540_000m, 540_000m },
        { "NTD 45,000 per month", null, 45_000m, 45_000m, "TWD", "MONTH", 540_000m, 540_000m },
        { "Salary: NTD 38,000 - 45,000 monthly", "US", 38_000m, 45_000m, "TWD", "MONTH", 456_000m, 540_000m },
        { "45,000 NTD per month", null, 45_000m, 45_000m, "TWD", "MONTH", 540_000m, 540_000m },
        { "R350 000 per annum", "ZA", 350_000m, 350_000m, "ZAR", "YEAR", 350_000m, 350_000m },
        { "R38 000 – R45 000 per month (CTC)", "ZA", 38_000m, 45_000m, "ZAR", "MONTH", 456_000m, 540_000m },
        { "R 18 500 - R 22 000 per month", "ZA", 18_500m, 22_000m, "ZAR", "MONTH", 222_000m, 264_000m },
        { "CHF 6 400 – CHF 7 300 par mois", "CH", 6_400m, 7_300m, "CHF", "MONTH", 76_800m, 87_600m },
        { "€ 2 600 – € 2 900 brut par mois", "FR", 2_600m, 2_900m, "EUR", "MONTH", 31_200m, 34_800m },
        { "R$ 6.500,00 mensais", null, 6_500m, 6_500m, "BRL", "MONTH", 78_000m, 78_000m },
        { "R$ 6.500,00 mensais", "BR", 6_500m, 6_500m, "BRL", "MONTH", 78_000m, 78_000m },
        { "S/ 4,500 mensuales", "PE", 4_500m, 4_500m, "PEN", "MONTH", 54_000m, 54_000m },
        { "S/. 1,800 mensuales", null, 1_800m, 1_800m, "PEN", "MONTH", 21_600m, 21_600m },
        { "S/3.500 a S/4.200 al mes", "US", 3_500m, 4_200m, "PEN", "MONTH", 42_000m, 50_400m },
        { "R$5.000 a R$7.000 por mês", "US", 5_000m, 7_000m, "BRL", "MONTH", 60_000m, 84_000m },
        { "ZAR 25 000 per month", null, 25_000m, 25_000m, "ZAR", "MONTH", 300_000m, 300_000m },
        { "Salary 48,000 per year", "US", 48_000m, 48_000m, "USD", "YEAR", 48_000m, 48_000m },
        { "$65,000.00 - $70,000.00", "US", 65_000m, 70_000m, "USD", "YEAR", 65_000m, 70_000m },
        { "$50,000", null, 50_000m, 50_000m, "USD", "YEAR", 50_000m, 50_000m },
        { "$50,000", "FR", 50_000m, 50_000m, null, "YEAR", 50_000m, 50_000m },
        { "$50,000", "GB", 50_000m, 50_000m, null, "YEAR", 50_000m, 50_000m },
        { "50.000 €", "GB", 50_000m, 50_000m, "EUR", "YEAR", 50_000m, 50_000m },
        { "Salary 40.000 bruto per jaar", "NL", 40_000m, 40_000m, "EUR", "YEAR", 40_000m, 40_000m },
        { "CHF 6'400.– bis CHF 7'300.– pro Monat", "CH", 6_400m, 7_300m, "CHF", "MONTH", 76_800m, 87_600m },
        { "Bolsa-auxílio de R$ 1,2 mil mensais", "BR", 1_200m, 1_200m, "BRL", "MONTH", 14_400m, 14_400m },
        { "wynagrodzenie 8–9,5 tys. zł brutto miesięcznie", "PL", 8_000m, 9_500m, "PLN", "MONTH", 96_000m, 114_000m },
        { "45-50 k€ brut annuel", "FR", 45_000m, 50_000m, "EUR", "YEAR", 45_000m, 50_000m },
        { "Salaire annuel brut : CHF 78'000.– à 100 %, au prorata du taux d'activité", "CH", 78_000m, 78_000m, "CHF", "YEAR", 78_000m, 78_000m },
        { "Jahreslohn CHF 92'000 bis 100 % Pensum", "CH", 92_000m, 92_000m, "CHF", "YEAR", 92_000m, 92_000m },
        { "€ 42.000 tot 100% (voltijds), pro rata", "BE", 42_000m, 42_000m, "EUR", "YEAR", 42_000m, 42_000m },
        { "$72,000 – 80% FTE", "US", 72_000m, 72_000m, "USD", "YEAR", 72_000m, 72_000m },
    };

    [Theory]
    [MemberData(nameof(Stated))]
    public void Parses_amounts_currency_period_and_yearly_figures(
        string text, string? country, decimal? min, decimal? max, string? currency, string? period, decimal? annualMin, decimal? annualMax)
    {
        var salary = SalaryParser.Parse(text, country);

        Assert.NotNull(salary);
        Assert.Equal((min, max, currency, period), (salary.Min, salary.Max, salary.Currency, salary.Period));
        Assert.Equal((annualMin, annualMax), (salary.AnnualMin, salary.AnnualMax));
        Assert.Equal(text, salary.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("DOE")]
    [InlineData("Competitive")]
    [InlineData("Negotiable")]
    [InlineData("401(k)")]
    [InlineData("Competitive salary, 401k and 5% employer match")]
    [InlineData("Salary commensurate with experience")]
    [InlineData("2+ years of experience required")]
    [InlineData("Pay grade 12")]
    [InlineData("Salary to be reviewed in 2021")]
    [InlineData("Salary: DOE")]
    [InlineData("Competitive salary and benefits")]
    [InlineData("Negotiable, depending on experience")]
    [InlineData("Competitive + 401(k) with 4% match")]
    [InlineData("Eligible for 403(b) and 457(b) plans")]
    [InlineData("We are a 501(c)(3) nonprofit")]
    [InlineData("Backed by a $2 million fund")]
    [InlineData("$2 million fund")]
    [InlineData("A company valued at $1B")]
    [InlineData("valued at $1.5 billion")]
    [InlineData("Annual budget of $3,000,000")]
    [InlineData("$5M raised in 2019")]
    [InlineData("Compensation awarded: $90,000,000")]
    [InlineData("$1")]
    [InlineData("Pay: TBD")]
    [InlineData("Sueldo a convenir")]
    [InlineData("Salaire selon profil")]
    [InlineData("Stipendio da concordare")]
    [InlineData("Salaris n.o.t.k.")]
    public void Gives_no_salary_where_no_pay_is_stated(string? text)
    {
        Assert.Null(SalaryParser.Parse(text, "US"));
    }

    internal static readonly NormalizedSalary SeedHourly = new(17.89m, 50.98m, "USD", "HOUR", null)
    {
        AnnualMin = 37_211.2m,
        AnnualMax = 106_038.4m,
    };

    [Fact]
    public void Parses_hourly_range_with_en_dash()
    {
        var salary = SalaryParser.Parse("$17.89 – $50.98 per hour", "US");

        Assert.Equal(SeedHourly with { Text = "$17.89 – $50.98 per hour" }, salary);
    }

    [Fact]
    public void Keeps_the_cleaned_text_with_entities_decoded()
    {
        var salary = SalaryParser.Parse(" $17.89&nbsp;&ndash;  $50.98 per hour ", "US");

        Assert.Equal(SeedHourly with { Text = "$17.89 – $50.98 per hour" }, salary);
    }

    [Fact]
    public void Makes_no_period_guess_for_a_bare_amount_in_pesos()
    {
        var salary = SalaryParser.Parse("$1.200.000", "AR");

        Assert.Equal(new NormalizedSalary(1_200_000m, 1_200_000m, "ARS", null, "$1.200.000"), salary);
        Assert.Null(salary?.AnnualMin);
    }

    [Theory]
    [InlineData("$1,500 bi-weekly")]
    [InlineData("$1,500 biweekly")]
    [InlineData("$1,500 semi-monthly")]
    public void Gives_no_period_for_pay_every_two_weeks_or_twice_a_month(string text)
    {
        var salary = SalaryParser.Parse(text, "US");

        Assert.Equal(new NormalizedSalary(1_500m, 1_500m, "USD", null, text), salary);
    }

    [Theory]
    [InlineData("Starting at $45,000", 45_000)]
    [InlineData("$45,000 minimum", 45_000)]
    [InlineData("From €30.000 per year", 30_000)]
    public void Reads_a_floor_as_a_minimum_only(string text, int min)
    {
        var salary = SalaryParser.Parse(text, "US");

        Assert.Equal((min, (decimal?)null), (salary?.Min, salary?.Max));
    }

    [Theory]
    [InlineData("Das Mindestentgelt laut KV beträgt EUR 3.120,- brutto monatlich auf Basis Vollzeit", "AT", 3_120, "MONTH")]
    [InlineData("Einstufung nach SWÖ-KV, mindestens € 2.980,- brutto/Monat (Vollzeit), Bereitschaft zur Überzahlung", "AT", 2_980, "MONTH")]
    [InlineData("ab € 2.650 brutto monatlich, 14x jährlich", "AT", 2_650, "MONTH")]
    [InlineData("€ 2.900 brutto pro Monat (14-mal im Jahr), Überzahlung möglich", "AT", 2_900, "MONTH")]
    [InlineData("at least $4,200 per month", "US", 4_200, "MONTH")]
    [InlineData("no less than $52,000 per year", "US", 52_000, "YEAR")]
    [InlineData("une rémunération d'au moins 2 300 € brut par mois", "FR", 2_300, "MONTH")]
    [InlineData("à partir de 2 100 € brut mensuel", "FR", 2_100, "MONTH")]
    [InlineData("a partir de 1.900 € brutos al mes", "ES", 1_900, "MONTH")]
    [InlineData("salario mínimo de 1.850 € brutos mensuales", "ES", 1_850, "MONTH")]
    [InlineData("retribuzione minimo 1.700 € lordi al mese", "IT", 1_700, "MONTH")]
    [InlineData("almeno 28.000 € lordi annui", "IT", 28_000, "YEAR")]
    [InlineData("vanaf € 3.050 bruto per maand", "NL", 3_050, "MONTH")]
    [InlineData("minimaal € 2.900 bruto per maand", "NL", 2_900, "MONTH")]
    [InlineData("salário de pelo menos R$ 4.500 por mês", "BR", 4_500, "MONTH")]
    [InlineData("a partir de R$ 3.800 mensais", "BR", 3_800, "MONTH")]
    [InlineData("lön minst 32 000 kr per månad", "SE", 32_000, "MONTH")]
    [InlineData("wynagrodzenie co najmniej 6 000 zł miesięcznie", "PL", 6_000, "MONTH")]
    [InlineData("mzda minimálně 35 000 Kč měsíčně", "CZ", 35_000, "MONTH")]
    [InlineData("€ 3.000 brutto im Monat oder mehr", "DE", 3_000, "MONTH")]
    [InlineData("2 500 € brut par mois ou plus", "FR", 2_500, "MONTH")]
    [InlineData("月薪最低8000元", "CN", 8_000, "MONTH")]
    [InlineData("最低月薪 8,000 元", "CN", 8_000, "MONTH")]
    [InlineData("月給20万円以上", "JP", 200_000, "MONTH")]
    public void Reads_a_pay_floor_in_the_networks_languages_as_a_minimum_only(string text, string country, int min, string period)
    {
        var salary = SalaryParser.Parse(text, country);

        Assert.Equal((min, (decimal?)null, period), (salary?.Min, salary?.Max, salary?.Period));
    }

    [Fact]
    public void Makes_no_period_guess_between_a_day_rate_and_a_week_rate()
    {
        var salary = SalaryParser.Parse("$600", "US");

        Assert.Equal(new NormalizedSalary(600m, 600m, "USD", null, "$600"), salary);
    }

    [Fact]
    public void Trims_the_scale_a_written_amount_carries()
    {
        var salary = SalaryParser.Parse("$65,000.00", "US");

        Assert.Equal("65000", salary?.Min?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string?, decimal, string, decimal> UnitTexts => new()
    {
        { "HOUR", 25m, "HOUR", 52_000m },
        { "hour", 25m, "HOUR", 52_000m },
        { "Hourly", 25m, "HOUR", 52_000m },
        { "DAY", 300m, "DAY", 78_000m },
        { "WEEK", 1_000m, "WEEK", 52_000m },
        { "weekly", 1_000m, "WEEK", 52_000m },
        { "MONTH", 4_000m, "MONTH", 48_000m },
        { "YEAR", 60_000m, "YEAR", 60_000m },
        { "annual", 60_000m, "YEAR", 60_000m },
        { "Annually", 60_000m, "YEAR", 60_000m },
        { "per year", 60_000m, "YEAR", 60_000m },
        { "HOUR", 60_000m, "YEAR", 60_000m },
        { "maand", 4_000m, "MONTH", 48_000m },
        { "uur", 25m, "HOUR", 52_000m },
        { "pro Monat", 4_000m, "MONTH", 48_000m },
        { "al mese", 4_000m, "MONTH", 48_000m },
    };

    [Theory]
    [MemberData(nameof(UnitTexts))]
    public void Maps_structured_unit_text_unless_the_amount_cannot_be_paid_per_that_unit(string? unitText, decimal amount, string period, decimal annual)
    {
        var salary = SalaryParser.FromStructured(new ScrapedSalary(amount, null, "USD", unitText), "US");

        Assert.Equal((period, annual), (salary?.Period, salary?.AnnualMin));
    }

    [Fact]
    public void Maps_a_structured_hourly_range()
    {
        var salary = SalaryParser.FromStructured(new ScrapedSalary(17.89m, 50.98m, "usd", "HOUR"), "US");

        Assert.Equal(SeedHourly, salary);
    }

    [Fact]
    public void Infers_a_structured_period_from_magnitude_when_no_unit_is_given()
    {
        var salary = SalaryParser.FromStructured(new ScrapedSalary(55_000m, null, "CAD", null), "CA");

        Assert.Equal(new NormalizedSalary(55_000m, null, "CAD", "YEAR", null) { AnnualMin = 55_000m }, salary);
    }

    [Fact]
    public void Takes_a_missing_structured_currency_from_the_country()
    {
        var salary = SalaryParser.FromStructured(new ScrapedSalary(40_000m, 45_000m, null, "YEAR"), "NZ");

        Assert.Equal("NZD", salary?.Currency);
    }

    [Fact]
    public void Swaps_a_structured_range_given_upside_down()
    {
        var salary = SalaryParser.FromStructured(new ScrapedSalary(70_000m, 60_000m, "USD", "YEAR"), "US");

        Assert.Equal((60_000m, 70_000m), (salary?.Min, salary?.Max));
    }

    [Fact]
    public void Gives_no_salary_for_a_structure_without_amounts()
    {
        Assert.Null(SalaryParser.FromStructured(new ScrapedSalary(null, null, "USD", "YEAR"), "US"));
    }

    [Fact]
    public void A_number_whose_last_separator_also_groups_is_read_without_failing()
    {
        var failure = Record.Exception(() => SalaryParser.Parse("CA ; 120 per hour 50,981.200.000 per month", "NL"));

        Assert.Null(failure);
    }
}
