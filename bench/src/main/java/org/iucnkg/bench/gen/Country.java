package org.iucnkg.bench.gen;

import java.util.List;

/**
 * A country as the portal writes it in each interface language, with a city for events and a weight
 * for how often members are based there (IUCN membership leans to Europe, North America, Africa).
 */
record Country(String code, String en, String fr, String es, String city, int weight) {

    String name(Language language) {
        return switch (language) {
            case EN -> en;
            case FR -> fr;
            case ES -> es;
        };
    }

    static final List<Country> ALL = List.of(
            new Country("US", "United States of America", "États-Unis d'Amérique", "Estados Unidos de América", "Washington", 40),
            new Country("GB", "United Kingdom", "Royaume-Uni", "Reino Unido", "London", 30),
            new Country("FR", "France", "France", "Francia", "Paris", 28),
            new Country("DE", "Germany", "Allemagne", "Alemania", "Bonn", 18),
            new Country("CH", "Switzerland", "Suisse", "Suiza", "Gland", 16),
            new Country("KE", "Kenya", "Kenya", "Kenia", "Nairobi", 16),
            new Country("IN", "India", "Inde", "India", "New Delhi", 14),
            new Country("ES", "Spain", "Espagne", "España", "Madrid", 14),
            new Country("NL", "Netherlands", "Pays-Bas", "Países Bajos", "Amsterdam", 12),
            new Country("BE", "Belgium", "Belgique", "Bélgica", "Brussels", 10),
            new Country("CA", "Canada", "Canada", "Canadá", "Ottawa", 10),
            new Country("AU", "Australia", "Australie", "Australia", "Canberra", 10),
            new Country("ZA", "South Africa", "Afrique du Sud", "Sudáfrica", "Pretoria", 10),
            new Country("BR", "Brazil", "Brésil", "Brasil", "Brasília", 9),
            new Country("MX", "Mexico", "Mexique", "México", "Mexico City", 9),
            new Country("CO", "Colombia", "Colombie", "Colombia", "Bogotá", 8),
            new Country("PE", "Peru", "Pérou", "Perú", "Lima", 7),
            new Country("EC", "Ecuador", "Équateur", "Ecuador", "Quito", 6),
            new Country("CR", "Costa Rica", "Costa Rica", "Costa Rica", "San José", 7),
            new Country("TZ", "Tanzania", "Tanzanie", "Tanzania", "Arusha", 7),
            new Country("UG", "Uganda", "Ouganda", "Uganda", "Kampala", 6),
            new Country("CM", "Cameroon", "Cameroun", "Camerún", "Yaoundé", 6),
            new Country("SN", "Senegal", "Sénégal", "Senegal", "Dakar", 6),
            new Country("CD", "Democratic Republic of the Congo", "République démocratique du Congo", "República Democrática del Congo", "Kinshasa", 5),
            new Country("MG", "Madagascar", "Madagascar", "Madagascar", "Antananarivo", 5),
            new Country("NA", "Namibia", "Namibie", "Namibia", "Windhoek", 4),
            new Country("BW", "Botswana", "Botswana", "Botsuana", "Gaborone", 4),
            new Country("ID", "Indonesia", "Indonésie", "Indonesia", "Jakarta", 7),
            new Country("MY", "Malaysia", "Malaisie", "Malasia", "Kuala Lumpur", 5),
            new Country("TH", "Thailand", "Thaïlande", "Tailandia", "Bangkok", 5),
            new Country("VN", "Viet Nam", "Viet Nam", "Viet Nam", "Hanoi", 5),
            new Country("PH", "Philippines", "Philippines", "Filipinas", "Manila", 5),
            new Country("NP", "Nepal", "Népal", "Nepal", "Kathmandu", 4),
            new Country("CN", "China", "Chine", "China", "Beijing", 5),
            new Country("JP", "Japan", "Japon", "Japón", "Tokyo", 6),
            new Country("KR", "Republic of Korea", "République de Corée", "República de Corea", "Seoul", 5),
            new Country("PK", "Pakistan", "Pakistan", "Pakistán", "Islamabad", 4),
            new Country("JO", "Jordan", "Jordanie", "Jordania", "Amman", 3),
            new Country("MA", "Morocco", "Maroc", "Marruecos", "Rabat", 4),
            new Country("EG", "Egypt", "Égypte", "Egipto", "Cairo", 3),
            new Country("IT", "Italy", "Italie", "Italia", "Rome", 8),
            new Country("SE", "Sweden", "Suède", "Suecia", "Stockholm", 5),
            new Country("NO", "Norway", "Norvège", "Noruega", "Oslo", 4),
            new Country("PL", "Poland", "Pologne", "Polonia", "Warsaw", 4),
            new Country("RU", "Russia", "Russie", "Rusia", "Moscow", 3),
            new Country("AR", "Argentina", "Argentine", "Argentina", "Buenos Aires", 5),
            new Country("CL", "Chile", "Chili", "Chile", "Santiago", 4),
            new Country("BO", "Bolivia", "Bolivie", "Bolivia", "La Paz", 3),
            new Country("GT", "Guatemala", "Guatemala", "Guatemala", "Guatemala City", 3),
            new Country("FJ", "Fiji", "Fidji", "Fiyi", "Suva", 2),
            new Country("PG", "Papua New Guinea", "Papouasie-Nouvelle-Guinée", "Papúa Nueva Guinea", "Port Moresby", 2),
            new Country("NZ", "New Zealand", "Nouvelle-Zélande", "Nueva Zelanda", "Wellington", 3),
            new Country("GH", "Ghana", "Ghana", "Ghana", "Accra", 3),
            new Country("CI", "Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire", "Abidjan", 3),
            new Country("BF", "Burkina Faso", "Burkina Faso", "Burkina Faso", "Ouagadougou", 3),
            new Country("GA", "Gabon", "Gabon", "Gabón", "Libreville", 2),
            new Country("LK", "Sri Lanka", "Sri Lanka", "Sri Lanka", "Colombo", 3),
            new Country("MZ", "Mozambique", "Mozambique", "Mozambique", "Maputo", 3),
            new Country("ZM", "Zambia", "Zambie", "Zambia", "Lusaka", 3),
            new Country("RW", "Rwanda", "Rwanda", "Ruanda", "Kigali", 3));
}
