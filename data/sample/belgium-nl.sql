-- Strategos-voorbeeldstrategie: België, de teksten in het Nederlands.
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Applied after belgium.sql, in the same transaction: every item, link,
-- date and amount comes from there; this file only puts the free text
-- into Dutch (see the header of belgium.sql for what the sample
-- is, and is not, and for its deliberate gaps). Generated from a full
-- translation; test-store.c checks the result against the English sample.


-- strategy
UPDATE strategy SET title = 'Belgische Nationale Veiligheidsstrategie (illustratief ontwerp)', country = 'België', classification = 'BEPERKTE VERSPREIDING', description = 'Illustratieve eerste nationale veiligheidsstrategie voor België: vijf vitale belangen, de dreigingen daartegen, drie rollen, concrete doelstellingen met een verantwoordelijke en een einddatum voor deze legislatuur en de komende tien jaar, en de capaciteiten en middelen die daarvoor nodig zijn. Voorbeeldgegevens, geen officiële tekst.' WHERE id = 1;

-- actor
UPDATE actor SET name = 'Nationale Veiligheidsraad', abbreviation = 'NVR', description = 'Voorgezeten door de Eerste Minister; bepaalt het veiligheidsbeleid en arbitreert tussen de departementen, bijgestaan door het Strategisch Comité en het Coördinatiecomité voor inlichting en veiligheid.' WHERE id = 1;
UPDATE actor SET name = 'Kanselarij van de Eerste Minister', abbreviation = 'FOD Kanselarij', description = 'De veiligheidscel verzorgt het secretariaat van de NVR en is penhouder van deze strategie.' WHERE id = 2;
UPDATE actor SET name = 'FOD Buitenlandse Zaken, Buitenlandse Handel en Ontwikkelingssamenwerking', abbreviation = 'FOD BZ', description = 'Diplomatiek netwerk, multilateraal beleid, cyberdiplomatie en ontwikkelingsbeleid.' WHERE id = 3;
UPDATE actor SET name = 'Defensie', abbreviation = 'Defensie', description = 'Krijgsmacht: collectieve territoriale verdediging en expeditionaire operaties; hulp aan de natie als aanvullende taak.' WHERE id = 4;
UPDATE actor SET name = 'FOD Binnenlandse Zaken', abbreviation = 'FOD BiZa', description = 'Openbare orde, civiele bescherming, migratie en de geïntegreerde politie.' WHERE id = 5;
UPDATE actor SET name = 'FOD Justitie', abbreviation = 'FOD Justitie', description = 'Vervolging, hoven en rechtbanken, en het ministerie dat bevoegd is voor de Veiligheid van de Staat.' WHERE id = 6;
UPDATE actor SET name = 'FOD Economie, K.M.O., Middenstand en Energie', abbreviation = 'FOD Economie', description = 'Economische veiligheid, energiebevoorrading, screening van investeringen en de industriële en technologische defensiebasis.' WHERE id = 7;
UPDATE actor SET name = 'FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu', abbreviation = 'FOD Volksgezondheid', description = 'Paraatheid voor gezondheidscrisissen, medische voorraden en de veiligheid van de voedselketen.' WHERE id = 8;
UPDATE actor SET name = 'FOD Mobiliteit en Vervoer', abbreviation = 'FOD Mobiliteit', description = 'Beleid inzake spoor-, weg-, lucht- en zeevervoer en de weerbaarheid van de vervoersnetwerken.' WHERE id = 9;
UPDATE actor SET name = 'Enabel, Belgisch ontwikkelingsagentschap', description = 'Voert de Belgische gouvernementele ontwikkelingssamenwerking uit, met inbegrip van capaciteitsopbouw.' WHERE id = 10;
UPDATE actor SET name = 'Centrum voor Cybersecurity België', description = 'Nationale cyberveiligheidsautoriteit onder de Eerste Minister; beheert het nationale CSIRT (CERT.be).' WHERE id = 11;
UPDATE actor SET name = 'Nationaal Crisiscentrum (NCCN)', description = 'Federaal crisisbeheer, noodplanning, alarmering van de bevolking en crisiscommunicatie.' WHERE id = 12;
UPDATE actor SET name = 'Coördinatieorgaan voor de dreigingsanalyse', abbreviation = 'OCAM', description = 'Evalueert de terroristische en extremistische dreiging; valt gezamenlijk onder de ministers van Justitie en van Binnenlandse Zaken.' WHERE id = 13;
UPDATE actor SET name = 'Veiligheid van de Staat', description = 'Burgerlijke inlichtingen- en veiligheidsdienst: contraspionage, inmenging en extremisme.' WHERE id = 14;
UPDATE actor SET name = 'Algemene Dienst Inlichting en Veiligheid', abbreviation = 'ADIV', description = 'Militaire inlichtingendienst; herbergt ook het Cyber Command.' WHERE id = 15;
UPDATE actor SET name = 'Federale Politie', description = 'Federale gerechtelijke politie, scheepvaart- en havenpolitie, strijd tegen de georganiseerde misdaad.' WHERE id = 16;
UPDATE actor SET name = 'Vlaams Gewest', abbreviation = 'Vlaanderen', description = 'Bevoegd voor havens, economie, onderzoek, water en landbouw op zijn grondgebied.' WHERE id = 17;
UPDATE actor SET name = 'Waals Gewest', abbreviation = 'Wallonië', description = 'Bevoegd voor economie, onderzoek, water en landbouw op zijn grondgebied.' WHERE id = 18;
UPDATE actor SET name = 'Brussels Hoofdstedelijk Gewest', abbreviation = 'Brussel', description = 'Gastregio van de instellingen van de EU en de NAVO; lokale weerbaarheid en veiligheidsplanning.' WHERE id = 19;
UPDATE actor SET name = 'Noord-Atlantische Verdragsorganisatie', abbreviation = 'NAVO', description = 'Bondgenootschap waarvan België stichtend lid en gastland is.' WHERE id = 20;
UPDATE actor SET name = 'Europese Unie', description = 'Unie waarin België essentiële delen van zijn soevereiniteit heeft gebundeld; gevestigd in Brussel.' WHERE id = 21;

-- interest
UPDATE interest SET title = 'Fysieke veiligheid van burgers en grondgebied', description = 'De mensen in België en het nationale grondgebied zijn beschermd tegen geweld, aanvallen en rampen.' WHERE id = 1;
UPDATE interest SET title = 'Democratisch en soeverein politiek bestel', description = 'Beslissingen worden vrij genomen door democratische instellingen, binnen de rechtsstaat en met eerbied voor de mensenrechten, zonder buitenlandse manipulatie.' WHERE id = 2;
UPDATE interest SET title = 'Economische welvaart, billijk verdeeld', description = 'Een open economie die welvaart creëert en die billijk onder de burgers verdeelt.' WHERE id = 3;
UPDATE interest SET title = 'Een op regels gebaseerde internationale orde', description = 'Doeltreffende multilaterale regels en instellingen die de wereld rond België stabiel en voorspelbaar maken.' WHERE id = 4;
UPDATE interest SET title = 'Een doeltreffende Europese Unie', description = 'De EU, waarin België essentiële elementen van zijn soevereiniteit heeft gebundeld, werkt goed en integreert waar nodig verder.' WHERE id = 5;

-- threat
UPDATE threat SET title = 'Subversie, dwang en agressie door andere staten', description = 'Vijandige mogendheden gebruiken druk, spionage, intimidatie of geweld tegen België en zijn bondgenoten, ook via het cyberdomein.' WHERE id = 1;
UPDATE threat SET title = 'Hybride inmenging in de besluitvorming van EU en NAVO in Brussel', description = 'Buitenlandse diensten viseren de in Brussel gevestigde instellingen, hun personeel en de Belgische overheden die hen beschermen.' WHERE id = 2;
UPDATE threat SET title = 'Door staten gesteunde cyberaanvallen op essentiële diensten', description = 'Inbraken, sabotage en voorpositionering door aan staten gelieerde groepen in netwerken van energie, gezondheidszorg, financiën en overheid.' WHERE id = 3;
UPDATE threat SET title = 'Cybercriminaliteit en ransomware', description = 'Criminele groepen persen bedrijven, ziekenhuizen en lokale besturen af; dezelfde verdediging beschermt tegen hen en tegen staten.' WHERE id = 4;
UPDATE threat SET title = 'Internationaal terrorisme en gewelddadig extremisme', description = 'Jihadistische en andere extremistische netwerken in het buitenland inspireren of sturen aanslagen in België.' WHERE id = 5;
UPDATE threat SET title = 'Gewapende conflicten aan de randen van Europa', description = 'Oorlog in het oosten en instabiliteit in de Sahel en Centraal-Afrika, met overloopeffecten via vluchtelingen, energieprijzen en terrorisme.' WHERE id = 6;
UPDATE threat SET title = 'Klimaatverandering', description = 'Overstromingen, hitte en droogte in binnen- en buitenland, en conflicten en ontheemding die door klimaatstress verergeren.' WHERE id = 7;
UPDATE threat SET title = 'Pandemieën en epidemieën', description = 'Een nieuwe ziekteverwekker overbelast de ziekenhuizen en legt de afhankelijkheid van buitenlandse medische benodigdheden bloot, zoals COVID-19 deed.' WHERE id = 8;
UPDATE threat SET title = 'Economische dwang en overname van strategische activa', description = 'Buitenlandse actoren kopen zich in in kritieke bedrijven en technologieën of gebruiken handelsafhankelijkheid als drukmiddel.' WHERE id = 9;
UPDATE threat SET title = 'Tekorten aan energie en kritieke grondstoffen', description = 'Bevoorradingsschokken in gas, elektriciteit of kritieke mineralen treffen gezinnen, industrie en defensieproductie.' WHERE id = 10;
UPDATE threat SET title = 'Ondermijning van de haven van Antwerpen door de georganiseerde misdaad', description = 'Drugshandelnetwerken corrumperen havenarbeiders en ambtenaren en brengen geweld in de steden.' WHERE id = 11;
UPDATE threat SET title = 'Desinformatie en buitenlandse informatiemanipulatie', description = 'Gecoördineerde campagnes die tegenstellingen verdiepen, instellingen in diskrediet brengen en verkiezingen vertekenen.' WHERE id = 12;
UPDATE threat SET title = 'Gelijktijdige schok in meerdere domeinen', description = 'Een onvoorziene combinatie, zoals een stroompanne tijdens een cybercampagne en een pandemiegolf, die crisisstructuren overweldigt die op één crisis tegelijk zijn berekend.' WHERE id = 13;
UPDATE threat SET title = 'Sabotage van infrastructuur en scheepvaartroutes in de Noordzee', description = 'Aanvallen op kabels, pijpleidingen, offshorewindparken en scheepvaartroutes naar de Belgische havens.' WHERE id = 14;
UPDATE threat SET title = 'Verlies van toegang tot diensten vanuit de ruimte', description = 'Storing, aanvallen of ruimtepuin onderbreken satellietnavigatie, tijdsignalen en communicatie waarvan civiele en militaire systemen afhangen.' WHERE id = 15;

-- role
UPDATE role SET title = 'Weerbare staat en goede gastheer', description = 'De democratie, de mensenrechten en de rechtsstaat in eigen land beschermen, en zowel de nationale besluitvorming als die van EU en NAVO in Brussel afschermen tegen subversie van buitenaf.', posture = 'Weerbare gastheer' WHERE id = 1;
UPDATE role SET title = 'Betrouwbare EU-lidstaat en NAVO-bondgenoot', description = 'De Europese integratie bevorderen waar alleen besturen niet langer werkt, investeren in de krijgsmacht en de Europese pijler van de NAVO versterken.', posture = 'Geëngageerde bondgenoot' WHERE id = 2;
UPDATE role SET title = 'Actieve bruggenbouwer voor wereldwijde vrede en stabiliteit', description = 'Brussel als diplomatieke hoofdstad inzetten om de dialoog tussen grootmachten en multilaterale antwoorden op gedeelde dreigingen te bevorderen.', posture = 'Bruggenbouwer' WHERE id = 3;

-- objective
UPDATE objective SET title = 'Nationale weerbaarheidsevaluatie met aandacht voor de rol van gastland', description = 'De weerbaarheid van België toetsen aan de zeven basisvereisten van de NAVO, met bijzondere aandacht voor de rol van gastland, en prioritaire acties bepalen voor de grootste lacunes.' WHERE id = 1;
UPDATE objective SET title = 'Gewaarborgde continuïteit van de overheid', description = 'De federale en de gewestregeringen kunnen tijdens een zware crisis blijven beslissen en communiceren, met geteste uitwijkregelingen.' WHERE id = 2;
UPDATE objective SET title = 'Weerbare energievoorziening', description = 'Voldoende voorraden, interconnecties en noodplannen om een grote verstoring van de gas- of elektriciteitsvoorziening te doorstaan.' WHERE id = 3;
UPDATE objective SET title = 'Vermogen om ongecontroleerde bevolkingsbewegingen op te vangen', description = 'Plannen en opvangcapaciteit voor een plotse grote toestroom of verplaatsing van mensen.' WHERE id = 4;
UPDATE objective SET title = 'Weerbare voedsel- en watervoorziening', description = 'Drinkwater en voedselketens veiligstellen tijdens een langdurige crisis, in overleg met de Gewesten gepland.' WHERE id = 5;
UPDATE objective SET title = 'Vermogen om massale aantallen slachtoffers op te vangen', description = 'Ziekenhuizen, dringende medische hulpverlening en militaire medische steun kunnen een incident met massale aantallen slachtoffers opvangen.' WHERE id = 6;
UPDATE objective SET title = 'Weerbare civiele communicatiesystemen', description = 'Telecom- en datanetwerken, ook die van de gehuisveste instellingen, blijven werken bij een aanval of storing.' WHERE id = 7;
UPDATE objective SET title = 'Weerbare vervoerssystemen', description = 'Spoor, wegen, havens en luchthavens kunnen in een crisis zowel civiele behoeften als geallieerde militaire verplaatsingen ondersteunen.' WHERE id = 8;
UPDATE objective SET title = 'Groeipad van de defensie-uitgaven naar 1,3 % van het bbp tegen 2030', description = 'De defensiebegroting jaarlijks verhogen tot 1,3 % van het bbp in 2030 en het groeipad opnieuw toetsen aan de overeengekomen capaciteitsdoelstellingen.' WHERE id = 9;
UPDATE objective SET title = 'Doeltreffende screening van buitenlandse investeringen', description = 'Het interfederale screeningsmechanisme versterken en op EU-niveau aandringen op krachtige maar evenwichtige maatregelen en wederkerigheid.' WHERE id = 10;
UPDATE objective SET title = 'Brussel als draaischijf van de Alliantie voor het Multilateralisme', description = 'Het profiel van België in de Alliantie versterken, het voortouw nemen in geselecteerde dossiers en resultaatgerichte seminaries in Brussel organiseren.' WHERE id = 11;
UPDATE objective SET title = 'Jaarlijkse gezamenlijke evaluatie van de operationele inzet', description = 'Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking bepalen samen aan welke operaties wordt deelgenomen, welke worden beëindigd of bijgestuurd, en welke toekomstige crisissen een inzet kunnen vergen.' WHERE id = 12;
UPDATE objective SET title = 'Uitbreiding van de inlichtingencapaciteit', description = 'De omvang van de burgerlijke en militaire inlichtingendiensten dichter bij die van vergelijkbare Europese landen brengen.' WHERE id = 13;
UPDATE objective SET title = 'Herstel van de diplomatieke capaciteit', description = 'Jarenlange besparingen in het diplomatieke netwerk ongedaan maken en expertise toevoegen inzake veiligheid, cyber en economische zaken.' WHERE id = 14;
UPDATE objective SET title = 'Herinvestering in de Civiele Bescherming', description = 'Meer personeel, materieel en regionale dekking voor de Civiele Bescherming na jaren van onderinvestering.' WHERE id = 15;
UPDATE objective SET title = 'Capaciteit voor strategische vooruitzichten bij het secretariaat van de NVR', description = 'Een klein team binnen het secretariaat dat de NVR een doorlopende analyse van de veiligheidsomgeving bezorgt en een institutioneel geheugen opbouwt.' WHERE id = 16;
UPDATE objective SET title = 'Vijfjaarlijkse herziening van de nationale veiligheidsstrategie', description = 'De geldigheid van de doelstellingen vóór het einde van de legislatuur toetsen, zodat de volgende regering met een vernieuwde strategie van start gaat.' WHERE id = 17;
UPDATE objective SET title = 'Steun voor een VN-actieprogramma inzake ICT-veiligheid', description = 'Bijdragen tot de oprichting van een permanent, inclusief en actiegericht VN-mechanisme voor verantwoord statelijk gedrag in het cyberdomein, met vrijwillige rapportering en capaciteitsopbouw.' WHERE id = 18;
UPDATE objective SET title = 'Gezamenlijke cyberoefeningen met EU- en NAVO-partners', description = 'Grensoverschrijdende cyberoefeningen bijwonen en organiseren om incidentrespons en coördinatie te testen.' WHERE id = 19;
UPDATE objective SET title = 'Uitwisseling van cyberinformatie en publiek-private samenwerking', description = 'Dreigingsinlichtingen uitwisselen met partners en aanbieders van essentiële diensten aansluiten op de nationale vroegtijdige waarschuwing.' WHERE id = 20;
UPDATE objective SET title = 'Cybercapaciteitsopbouw in partnerlanden', description = 'Technische bijstand inzake cyberveiligheid voor partnerlanden, te beginnen in Centraal-Afrika, om de digitale kloof te verkleinen.' WHERE id = 21;
UPDATE objective SET title = 'Breken van de greep van de georganiseerde misdaad op de haven van Antwerpen', description = 'Meer speurders, screenings en integriteitscontroles om smokkelnetwerken in en rond de haven te ontmantelen.' WHERE id = 22;
UPDATE objective SET title = 'Bescherming van de besluitvorming van EU en NAVO in Brussel', description = 'Buitenlandse inmenging die de in Brussel gevestigde instellingen en hun personeel viseert, opsporen en tegengaan.' WHERE id = 23;
UPDATE objective SET title = 'Actualisering van het plan tegen terrorisme en extremisme', description = 'Het nationale plan en de praktijk van dreigingsevaluatie tegen terrorisme en gewelddadig extremisme actualiseren.' WHERE id = 24;
UPDATE objective SET title = 'Opsporing en bestrijding van buitenlandse desinformatie', description = 'Een nationale capaciteit om informatiemanipulatie vroegtijdig op te sporen en met heldere publieke communicatie te beantwoorden.' WHERE id = 25;
UPDATE objective SET title = 'Klimaatveiligheid in ontwikkelings- en defensieplanning', description = 'Klimaatrisico''s integreren in ontwikkelingsprogramma''s, operationele planning en vroegtijdige waarschuwing voor conflicten.' WHERE id = 26;
UPDATE objective SET title = 'Paraatheid voor pandemieën en strategische medische autonomie', description = 'Voorraden en Europese productieakkoorden voor kritieke geneesmiddelen en beschermingsmiddelen.' WHERE id = 27;
UPDATE objective SET title = 'Verdieping van de Europese defensie-integratie', description = 'De Belgisch-Nederlandse marinesamenwerking, CaMo met Frankrijk, het gezamenlijke commando voor speciale operaties en de F-35-samenwerking uitbreiden als bouwstenen voor PESCO.' WHERE id = 28;
UPDATE objective SET title = 'Nationaal mechanisme om middelen uit het Europees Defensiefonds aan te trekken', description = 'Eén enkel aanspreekpunt dat de Belgische industrie en onderzoekswereld helpt in te tekenen op projecten van het Europees Defensiefonds.' WHERE id = 29;
UPDATE objective SET title = 'Hergroepering van het Nationaal Crisiscentrum en het OCAM', description = 'Haalbaarheidsstudie naar de samenvoeging van de organen voor crisisbeheer en dreigingsanalyse; na de studie geschrapt ten voordele van nauwere samenwerking.' WHERE id = 30;
UPDATE objective SET title = 'Doctrine van EU en NAVO voor een collectief antwoord op subversie', description = 'Voorstellen dat een cyberaanval of subversiecampagne tegen één lid wordt behandeld als een aanval op allen, met een gezamenlijk antwoord.' WHERE id = 31;
UPDATE objective SET title = 'Bescherming van infrastructuur en scheepvaartroutes in de Noordzee', description = 'Aanwezigheid van marine en politie en bewaking rond kabels, pijpleidingen, windparken en havenaanlopen.' WHERE id = 32;
UPDATE objective SET title = 'Structurele betrokkenheid van de Gewesten en Gemeenschappen bij de NVR', description = 'Regelmatige vergaderingen en thematische werkgroepen met de deelstaten, wier aandeel in de weerbaarheid onmisbaar is.' WHERE id = 33;
UPDATE objective SET title = 'Europese partnerschappen voor cyberonderzoek en -ontwikkeling', description = 'Gezamenlijke onderzoeksprojecten met Europese partners over technologieën en methoden voor cyberveiligheid.' WHERE id = 34;

-- indicator
UPDATE indicator SET name = 'Getoetste basisvereisten van de NAVO', unit = 'sectoren' WHERE id = 1;
UPDATE indicator SET name = 'Federale diensten met een getest continuïteitsplan', unit = 'diensten' WHERE id = 2;
UPDATE indicator SET name = 'Ziekenhuizen met een beoefend plan voor massale aantallen slachtoffers' WHERE id = 3;
UPDATE indicator SET name = 'Defensie-uitgaven', unit = '% van het bbp' WHERE id = 4;
UPDATE indicator SET name = 'Screeningsbeslissingen genomen binnen de wettelijke termijn' WHERE id = 5;
UPDATE indicator SET name = 'Resultaatgerichte seminaries georganiseerd in Brussel', unit = 'seminaries per jaar' WHERE id = 6;
UPDATE indicator SET name = 'Personeel van VSSE en ADIV samen', unit = 'VTE' WHERE id = 7;
UPDATE indicator SET name = 'Diplomatiek personeel op post in het buitenland', unit = 'VTE' WHERE id = 8;
UPDATE indicator SET name = 'Operationeel personeel van de Civiele Bescherming', unit = 'VTE' WHERE id = 9;
UPDATE indicator SET name = 'Analisten strategische vooruitzichten in het secretariaat van de NVR', unit = 'VTE' WHERE id = 10;
UPDATE indicator SET name = 'Ingediende vrijwillige nationale uitvoeringsverslagen', unit = 'verslagen' WHERE id = 11;
UPDATE indicator SET name = 'Multinationale cyberoefeningen bijgewoond of georganiseerd', unit = 'oefeningen per jaar' WHERE id = 12;
UPDATE indicator SET name = 'Organisaties aangesloten op het platform voor vroegtijdige waarschuwing', unit = 'organisaties' WHERE id = 13;
UPDATE indicator SET name = 'Gecontroleerde containers in de haven van Antwerpen', unit = '% van de containers' WHERE id = 14;
UPDATE indicator SET name = 'Voorraaddekking voor kritieke geneesmiddelen', unit = 'dagen' WHERE id = 15;
UPDATE indicator SET name = 'Gezamenlijke Europese cyberonderzoeksprojecten', unit = 'projecten' WHERE id = 16;

-- capability
UPDATE capability SET title = 'Diplomatiek netwerk en multilaterale vertegenwoordiging', description = 'Ambassades, permanente vertegenwoordigingen en het samenbrengend vermogen van Brussel.' WHERE id = 1;
UPDATE capability SET title = 'Cyberdiplomatie en pleidooi voor normen', description = 'Diplomaten en juridische experten die normen en internationaal recht voor verantwoord statelijk gedrag in het cyberdomein bevorderen.' WHERE id = 2;
UPDATE capability SET title = 'Landgevechtscapaciteit (CaMo met Frankrijk)', description = 'Gemotoriseerde landstrijdkrachten, via het CaMo-partnerschap geïntegreerd met het Franse leger.' WHERE id = 3;
UPDATE capability SET title = 'Met Nederland geïntegreerde maritieme capaciteit', description = 'Fregatten en mijnenbestrijdingsvaartuigen ingezet in het kader van de Belgisch-Nederlandse marinesamenwerking.' WHERE id = 4;
UPDATE capability SET title = 'Luchtgevechtscapaciteit en luchtpolitie', description = 'Gevechtsvliegtuigvloot in overgang naar de F-35, met gedeelde luchtpolitie boven de Benelux.' WHERE id = 5;
UPDATE capability SET title = 'Speciale operatiekrachten', description = 'Speciale eenheden binnen het Belgisch-Nederlands-Deense commando voor speciale operaties.' WHERE id = 6;
UPDATE capability SET title = 'Burgerlijke inlichtingen en bestrijding van inmenging', description = 'Inwinning en analyse door de VSSE en sensibiliseringsbriefings over beschermende veiligheid.' WHERE id = 7;
UPDATE capability SET title = 'Militaire inlichtingen', description = 'Inwinning en analyse door de ADIV over buitenlandse militaire dreigingen en operatietonelen.' WHERE id = 8;
UPDATE capability SET title = 'Militair cybercommando', description = 'Defensieve en offensieve militaire cyberoperaties binnen de ADIV.' WHERE id = 9;
UPDATE capability SET title = 'Dreigingsevaluatie inzake terrorisme en extremisme', description = 'Dreigingsniveaus van het OCAM, gemeenschappelijke gegevensbanken en strategische evaluaties.' WHERE id = 10;
UPDATE capability SET title = 'Operationele eenheden van de Civiele Bescherming', description = 'Gespecialiseerde teams voor overstromingen, chemische ongevallen, grote branden en opsporing en redding.' WHERE id = 11;
UPDATE capability SET title = 'Nationaal crisisbeheer en alarmering van de bevolking', description = 'Federale crisiscel, noodplanning, BE-Alert en crisiscommunicatie.' WHERE id = 12;
UPDATE capability SET title = 'Medische noodplanning en strategische medische voorraad', description = 'Opschalingsplannen voor ziekenhuizen, medische reserves en voorraden van kritieke geneesmiddelen.' WHERE id = 13;
UPDATE capability SET title = 'Screening van buitenlandse directe investeringen', description = 'Interfederaal mechanisme dat buitenlandse overnames in gevoelige sectoren toetst.' WHERE id = 14;
UPDATE capability SET title = 'Steun aan de defensie-industriële en onderzoeksbasis', description = 'Instrumenten die Belgische bedrijven en laboratoria helpen deel te nemen aan Europese defensieprogramma''s.' WHERE id = 15;
UPDATE capability SET title = 'Strategische reserves van energie en grondstoffen', description = 'Olie- en gasvoorraden, leveringscontracten en monitoring van kritieke grondstoffen.' WHERE id = 16;
UPDATE capability SET title = 'Programma''s voor ontwikkelingssamenwerking', description = 'Gouvernementele samenwerking uitgevoerd door Enabel, met name in Centraal-Afrika en de Sahel.' WHERE id = 17;
UPDATE capability SET title = 'Cybercapaciteitsopbouw voor partnerlanden', description = 'Technische bijstand inzake strategieën, incidentrespons, forensisch onderzoek en bewustmaking.' WHERE id = 18;
UPDATE capability SET title = 'Nationaal CSIRT en uitwisseling van dreigingsinformatie', description = 'Incidentrespons door CERT.be en uitwisseling van dreigingsinlichtingen met partners.' WHERE id = 19;
UPDATE capability SET title = 'Programma van cyberoefeningen', description = 'Nationale en multinationale oefeningen en simulaties van grensoverschrijdende cybercrises.' WHERE id = 20;
UPDATE capability SET title = 'Publiek-privaat cyberpartnerschap', description = 'Platform voor vroegtijdige waarschuwing en samenwerking met bedrijven, sectororganisaties en onderzoekers.' WHERE id = 21;
UPDATE capability SET title = 'Federale gerechtelijke en scheepvaartpolitie', description = 'Speurders en eenheden van de scheepvaart- en havenpolitie tegen de georganiseerde misdaad.' WHERE id = 22;
UPDATE capability SET title = 'Strategische vooruitzichten en horizonscanning', description = 'Een doorlopende analyse van de veiligheidsomgeving voor de NVR.' WHERE id = 23;
UPDATE capability SET title = 'Ruimtesituationeel bewustzijn en satellietcommunicatie', description = 'Bewaking van de ruimteomgeving en beveiligde satellietverbindingen voor de overheid en de krijgsmacht.' WHERE id = 24;
UPDATE capability SET title = 'Partnerschappen voor cyberonderzoek en -ontwikkeling', description = 'Onderzoekscentra en universiteiten in gezamenlijke Europese projecten inzake cyberveiligheid.' WHERE id = 25;
UPDATE budget_line SET funding_source = 'Europees Defensiefonds' WHERE funding_source = 'European Defence Fund';
UPDATE budget_line SET funding_source = 'Federale begroting' WHERE funding_source = 'Federal budget';
UPDATE budget_line SET funding_source = 'Horizon Europa' WHERE funding_source = 'Horizon Europe';
UPDATE budget_line SET funding_source = 'Herstel- en veerkrachtfaciliteit' WHERE funding_source = 'Recovery and Resilience Facility';
UPDATE budget_line SET funding_source = 'Gewestelijke begroting' WHERE funding_source = 'Regional budget';
