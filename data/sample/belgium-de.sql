-- Beispielstrategie von Strategos: Belgien, die Texte auf Deutsch.
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Applied after belgium.sql, in the same transaction: every item, link,
-- date and amount comes from there; this file only puts the free text
-- into German (see the header of belgium.sql for what the sample
-- is, and is not, and for its deliberate gaps). Generated from a full
-- translation; test-store.c checks the result against the English sample.


-- strategy
UPDATE strategy SET title = 'Nationale Sicherheitsstrategie Belgiens (illustrativer Entwurf)', country = 'Belgien', classification = 'VS – NUR FÜR DEN DIENSTGEBRAUCH', description = 'Illustrative erste nationale Sicherheitsstrategie für Belgien: fünf vitale Interessen, die Bedrohungen dieser Interessen, drei Rollen, konkrete Ziele mit Verantwortlichen und Fristen für die laufende Legislaturperiode und die nächsten zehn Jahre sowie die dafür vorgesehenen Fähigkeiten und Haushaltsmittel. Beispieldaten, kein amtlicher Text.' WHERE id = 1;

-- actor
UPDATE actor SET name = 'Nationaler Sicherheitsrat', abbreviation = 'NSR', description = 'Unter dem Vorsitz des Premierministers; legt die Sicherheitspolitik fest und entscheidet zwischen den Ressorts, unterstützt durch seinen Strategischen Ausschuss und seinen Koordinierungsausschuss für Nachrichtendienste und Sicherheit.' WHERE id = 1;
UPDATE actor SET name = 'Kanzlei des Premierministers', abbreviation = 'FÖD Kanzlei', description = 'Ihre Abteilung Sicherheit führt das Sekretariat des NSR und ist für die Ausarbeitung dieser Strategie federführend.' WHERE id = 2;
UPDATE actor SET name = 'FÖD Auswärtige Angelegenheiten, Außenhandel und Entwicklungszusammenarbeit', abbreviation = 'FÖD AA', description = 'Diplomatisches Netz, multilaterale Politik, Cyberdiplomatie und Entwicklungspolitik.' WHERE id = 3;
UPDATE actor SET name = 'Verteidigung', abbreviation = 'Verteidigung', description = 'Streitkräfte: kollektive Territorialverteidigung und Auslandseinsätze; Hilfe für die Nation als ergänzende Aufgabe.' WHERE id = 4;
UPDATE actor SET name = 'FÖD Inneres', abbreviation = 'FÖD Inneres', description = 'Öffentliche Ordnung, Zivilschutz, Migration und integrierte Polizei.' WHERE id = 5;
UPDATE actor SET name = 'FÖD Justiz', abbreviation = 'FÖD Justiz', description = 'Strafverfolgung und Gerichte; für die Staatssicherheit zuständiges Ministerium.' WHERE id = 6;
UPDATE actor SET name = 'FÖD Wirtschaft, KMB, Mittelstand und Energie', abbreviation = 'FÖD Wirtschaft', description = 'Wirtschaftliche Sicherheit, Energieversorgung, Investitionsprüfung und die verteidigungsindustrielle Basis.' WHERE id = 7;
UPDATE actor SET name = 'FÖD Volksgesundheit, Sicherheit der Nahrungsmittelkette und Umwelt', abbreviation = 'FÖD Volksgesundheit', description = 'Vorsorge für Gesundheitskrisen, medizinische Vorräte und die Sicherheit der Nahrungsmittelkette.' WHERE id = 8;
UPDATE actor SET name = 'FÖD Mobilität und Transportwesen', abbreviation = 'FÖD Mobilität', description = 'Schienen-, Straßen-, Luft- und Seeverkehrspolitik sowie die Resilienz der Verkehrsnetze.' WHERE id = 9;
UPDATE actor SET name = 'Enabel, Belgische Entwicklungsagentur', description = 'Setzt die staatliche belgische Entwicklungszusammenarbeit um, einschließlich des Kapazitätsaufbaus.' WHERE id = 10;
UPDATE actor SET name = 'Zentrum für Cybersicherheit Belgien', description = 'Nationale Cybersicherheitsbehörde unter der Aufsicht des Premierministers; betreibt das nationale CSIRT (CERT.be).' WHERE id = 11;
UPDATE actor SET name = 'Nationales Krisenzentrum (NCCN)', description = 'Föderales Krisenmanagement, Notfallplanung, Alarmierung der Bevölkerung und Krisenkommunikation.' WHERE id = 12;
UPDATE actor SET name = 'Koordinierungsorgan für die Bedrohungsanalyse', abbreviation = 'KOBA/OCAM', description = 'Bewertet terroristische und extremistische Bedrohungen; untersteht gemeinsam den Ministern der Justiz und des Innern.' WHERE id = 13;
UPDATE actor SET name = 'Staatssicherheit', description = 'Ziviler Nachrichten- und Sicherheitsdienst: Spionageabwehr, Einmischung und Extremismus.' WHERE id = 14;
UPDATE actor SET name = 'Allgemeiner Nachrichten- und Sicherheitsdienst der Streitkräfte', description = 'Militärischer Nachrichtendienst; beherbergt auch das Cyber Command.' WHERE id = 15;
UPDATE actor SET name = 'Föderale Polizei', description = 'Föderale Gerichtspolizei, Schifffahrts- und Hafenpolizei, Bekämpfung der organisierten Kriminalität.' WHERE id = 16;
UPDATE actor SET name = 'Flämische Region', abbreviation = 'Flandern', description = 'Zuständig für Häfen, Wirtschaft, Forschung, Wasser und Landwirtschaft auf ihrem Gebiet.' WHERE id = 17;
UPDATE actor SET name = 'Wallonische Region', abbreviation = 'Wallonien', description = 'Zuständig für Wirtschaft, Forschung, Wasser und Landwirtschaft auf ihrem Gebiet.' WHERE id = 18;
UPDATE actor SET name = 'Region Brüssel-Hauptstadt', abbreviation = 'Brüssel', description = 'Gastregion der Institutionen von EU und NATO; lokale Resilienz und Sicherheitsplanung.' WHERE id = 19;
UPDATE actor SET name = 'Organisation des Nordatlantikvertrags', description = 'Bündnis, dessen Gründungsmitglied und Gastland Belgien ist.' WHERE id = 20;
UPDATE actor SET name = 'Europäische Union', description = 'Union, in der Belgien wesentliche Teile seiner Souveränität gebündelt hat; Sitz in Brüssel.' WHERE id = 21;

-- interest
UPDATE interest SET title = 'Physische Sicherheit der Bürger und des Staatsgebiets', description = 'Die Menschen in Belgien und das Staatsgebiet sind vor Gewalt, Angriffen und Katastrophen geschützt.' WHERE id = 1;
UPDATE interest SET title = 'Demokratisches und souveränes politisches System', description = 'Entscheidungen werden von demokratischen Institutionen frei, im Rahmen des Rechtsstaats und unter Achtung der Menschenrechte getroffen, ohne ausländische Manipulation.' WHERE id = 2;
UPDATE interest SET title = 'Wirtschaftlicher Wohlstand, gerecht verteilt', description = 'Eine offene Wirtschaft, die Wohlstand schafft und ihn gerecht unter den Bürgern verteilt.' WHERE id = 3;
UPDATE interest SET title = 'Eine regelbasierte internationale Ordnung', description = 'Wirksame multilaterale Regeln und Institutionen, die das Umfeld Belgiens stabil und berechenbar machen.' WHERE id = 4;
UPDATE interest SET title = 'Eine handlungsfähige Europäische Union', description = 'Die EU, in der Belgien wesentliche Elemente seiner Souveränität gebündelt hat, funktioniert gut und vertieft, wo nötig, ihre Integration.' WHERE id = 5;

-- threat
UPDATE threat SET title = 'Subversion, Zwang und Aggression durch andere Staaten', description = 'Feindliche Mächte setzen Druck, Spionage, Einschüchterung oder Gewalt gegen Belgien und seine Verbündeten ein, auch über den Cyberraum.' WHERE id = 1;
UPDATE threat SET title = 'Hybride Einflussnahme auf die Entscheidungsfindung von EU und NATO in Brüssel', description = 'Ausländische Dienste nehmen die in Brüssel ansässigen Institutionen, deren Personal und die belgischen Behörden, die sie schützen, ins Visier.' WHERE id = 2;
UPDATE threat SET title = 'Staatlich gesteuerte Cyberangriffe auf wesentliche Dienste', description = 'Eindringen, Sabotage und Vorpositionierung staatsnaher Gruppen in Netzen der Energie, Gesundheit, Finanzen und öffentlichen Verwaltung.' WHERE id = 3;
UPDATE threat SET title = 'Cyberkriminalität und Ransomware', description = 'Kriminelle Gruppen erpressen Unternehmen, Krankenhäuser und lokale Behörden; dieselben Abwehrmaßnahmen schützen vor ihnen wie vor Staaten.' WHERE id = 4;
UPDATE threat SET title = 'Internationaler Terrorismus und gewaltbereiter Extremismus', description = 'Dschihadistische und andere extremistische Netzwerke im Ausland inspirieren oder steuern Anschläge in Belgien.' WHERE id = 5;
UPDATE threat SET title = 'Bewaffnete Konflikte an den Rändern Europas', description = 'Krieg im Osten und Instabilität im Sahel und in Zentralafrika, mit Übergreifen über Flüchtlingsbewegungen, Energiepreise und Terrorismus.' WHERE id = 6;
UPDATE threat SET title = 'Klimawandel', description = 'Überschwemmungen, Hitze und Dürre im In- und Ausland sowie Konflikte und Vertreibung, die durch Klimastress verschärft werden.' WHERE id = 7;
UPDATE threat SET title = 'Pandemien und Epidemien', description = 'Ein neuer Krankheitserreger überlastet die Krankenhäuser und legt die Abhängigkeit von ausländischen medizinischen Lieferungen offen, wie es bei COVID-19 der Fall war.' WHERE id = 8;
UPDATE threat SET title = 'Wirtschaftlicher Zwang und Übernahme strategischer Vermögenswerte', description = 'Ausländische Akteure beteiligen sich an kritischen Unternehmen und Technologien oder nutzen Handelsabhängigkeiten als Druckmittel.' WHERE id = 9;
UPDATE threat SET title = 'Knappheit an Energie und kritischen Rohstoffen', description = 'Versorgungsschocks bei Gas, Strom oder kritischen Mineralien treffen Haushalte, Industrie und Rüstungsproduktion.' WHERE id = 10;
UPDATE threat SET title = 'Unterwanderung des Hafens Antwerpen durch organisierte Kriminalität', description = 'Drogenhandelsnetzwerke bestechen Hafenarbeiter und Bedienstete und tragen Gewalt in die Städte.' WHERE id = 11;
UPDATE threat SET title = 'Desinformation und ausländische Informationsmanipulation', description = 'Koordinierte Kampagnen, die Spaltungen vertiefen, Institutionen diskreditieren und Wahlen verfälschen.' WHERE id = 12;
UPDATE threat SET title = 'Gleichzeitiger Schock in mehreren Bereichen', description = 'Eine unvorhergesehene Kombination, etwa ein großflächiger Stromausfall während einer Cyberkampagne und einer Pandemiewelle, die auf jeweils eine einzige Krise ausgelegte Krisenstrukturen überfordert.' WHERE id = 13;
UPDATE threat SET title = 'Sabotage an Infrastruktur und Seewegen in der Nordsee', description = 'Angriffe auf Kabel, Pipelines, Offshore-Windparks und Schifffahrtsrouten zu den belgischen Häfen.' WHERE id = 14;
UPDATE threat SET title = 'Verlust des Zugangs zu weltraumgestützten Diensten', description = 'Störsender, Angriffe oder Weltraumschrott unterbrechen Satellitennavigation, Zeitsignale und Kommunikation, von denen zivile und militärische Systeme abhängen.' WHERE id = 15;

-- role
UPDATE role SET title = 'Resilienter Staat und guter Gastgeber', description = 'Demokratie, Menschenrechte und Rechtsstaatlichkeit im Inland schützen und die nationale Entscheidungsfindung wie auch die von EU und NATO in Brüssel gegen Subversion von außen abschirmen.', posture = 'Resilienter Gastgeber' WHERE id = 1;
UPDATE role SET title = 'Verlässliches EU-Mitglied und NATO-Verbündeter', description = 'Die europäische Integration dort fördern, wo ein Staat allein nicht mehr wirksam regieren kann, in die Streitkräfte investieren und den europäischen Pfeiler der NATO stärken.', posture = 'Engagierter Verbündeter' WHERE id = 2;
UPDATE role SET title = 'Aktiver Brückenbauer für weltweiten Frieden und Stabilität', description = 'Brüssel als diplomatische Hauptstadt nutzen, um den Dialog zwischen Großmächten und multilaterale Antworten auf gemeinsame Bedrohungen zu fördern.', posture = 'Brückenbauer' WHERE id = 3;

-- objective
UPDATE objective SET title = 'Nationale Resilienzüberprüfung mit Schwerpunkt auf der Gastlandrolle', description = 'Die Resilienz Belgiens anhand der sieben Grundanforderungen der NATO bewerten, mit besonderem Augenmerk auf die Rolle als Gastland, und vorrangige Maßnahmen für die größten Lücken festlegen.' WHERE id = 1;
UPDATE objective SET title = 'Gesicherte Kontinuität der Regierungsarbeit', description = 'Föderal- und Regionalregierungen können auch in einer schweren Krise weiter entscheiden und kommunizieren, mit erprobten Ausweichregelungen.' WHERE id = 2;
UPDATE objective SET title = 'Resiliente Energieversorgung', description = 'Ausreichende Vorräte, Verbindungsleitungen und Notfallpläne, um eine größere Unterbrechung der Gas- oder Stromversorgung zu überstehen.' WHERE id = 3;
UPDATE objective SET title = 'Fähigkeit zur Bewältigung unkontrollierter Bevölkerungsbewegungen', description = 'Pläne und Aufnahmekapazitäten für einen plötzlichen großen Zustrom oder eine Vertreibung von Menschen.' WHERE id = 4;
UPDATE objective SET title = 'Resiliente Nahrungsmittel- und Wasserressourcen', description = 'Sichere Trinkwasserversorgung und Lebensmittelketten während einer länger andauernden Krise, geplant mit den Regionen.' WHERE id = 5;
UPDATE objective SET title = 'Fähigkeit zur Bewältigung eines Massenanfalls von Verletzten', description = 'Krankenhäuser, Rettungsdienste und der militärische Sanitätsdienst können einen Massenanfall von Verletzten bewältigen.' WHERE id = 6;
UPDATE objective SET title = 'Resiliente zivile Kommunikationssysteme', description = 'Telekommunikations- und Datennetze, einschließlich der von den ansässigen Institutionen genutzten, funktionieren auch bei Angriffen oder Ausfällen weiter.' WHERE id = 7;
UPDATE objective SET title = 'Resiliente Verkehrssysteme', description = 'Schiene, Straße, Häfen und Flughäfen können in einer Krise sowohl zivile Bedürfnisse als auch militärische Bewegungen der Verbündeten unterstützen.' WHERE id = 8;
UPDATE objective SET title = 'Pfad der Verteidigungsausgaben zu 1,3 % des BIP bis 2030', description = 'Den Verteidigungshaushalt jährlich erhöhen, um 2030 1,3 % des BIP zu erreichen, und den Pfad anhand der vereinbarten Fähigkeitsziele neu bewerten.' WHERE id = 9;
UPDATE objective SET title = 'Wirksame Prüfung ausländischer Investitionen', description = 'Den interföderalen Prüfmechanismus stärken und sich auf EU-Ebene für entschlossene, aber ausgewogene Maßnahmen und Gegenseitigkeit einsetzen.' WHERE id = 10;
UPDATE objective SET title = 'Brüssel als Drehscheibe der Allianz für den Multilateralismus', description = 'Das Profil Belgiens in der Allianz schärfen, bei ausgewählten Themen eine Vorreiterrolle übernehmen und ergebnisorientierte Seminare in Brüssel ausrichten.' WHERE id = 11;
UPDATE objective SET title = 'Jährliche gemeinsame Überprüfung der operativen Einsätze', description = 'Auswärtige Angelegenheiten, Verteidigung und Entwicklung prüfen gemeinsam, an welchen Einsätzen teilgenommen werden soll, welche beendet oder neu ausgerichtet werden und welche künftigen Krisen Einsätze erfordern könnten.' WHERE id = 12;
UPDATE objective SET title = 'Nachrichtendienstliche Kapazitäten ausbauen', description = 'Die Personalstärke der zivilen und militärischen Nachrichtendienste dem Niveau vergleichbarer europäischer Staaten annähern.' WHERE id = 13;
UPDATE objective SET title = 'Diplomatische Kapazitäten wieder aufbauen', description = 'Jahrelange Haushaltskürzungen im diplomatischen Netz rückgängig machen und Fachwissen in Sicherheits-, Cyber- und Wirtschaftsfragen ergänzen.' WHERE id = 14;
UPDATE objective SET title = 'Erneut in den Zivilschutz investieren', description = 'Mehr Personal, Ausrüstung und regionale Abdeckung für den Zivilschutz nach Jahren der Unterinvestition.' WHERE id = 15;
UPDATE objective SET title = 'Kapazität für strategische Vorausschau im Sekretariat des NSR', description = 'Ein kleines Team im Sekretariat, das dem NSR eine fortlaufende Analyse des Sicherheitsumfelds liefert und ein institutionelles Gedächtnis aufbaut.' WHERE id = 16;
UPDATE objective SET title = 'Fünfjährliche Überprüfung der nationalen Sicherheitsstrategie', description = 'Die Gültigkeit der Ziele vor dem Ende der Legislaturperiode überprüfen, damit die nächste Regierung mit einer erneuerten Strategie beginnt.' WHERE id = 17;
UPDATE objective SET title = 'Ein VN-Aktionsprogramm zur IKT-Sicherheit unterstützen', description = 'Zur Einrichtung eines ständigen, inklusiven und handlungsorientierten VN-Mechanismus für verantwortungsvolles staatliches Verhalten im Cyberraum beitragen, mit freiwilliger Berichterstattung und Kapazitätsaufbau.' WHERE id = 18;
UPDATE objective SET title = 'Gemeinsame Cyberübungen mit Partnern in EU und NATO', description = 'An grenzüberschreitenden Cyberübungen teilnehmen und diese ausrichten, um die Reaktion auf Vorfälle und die Koordinierung zu erproben.' WHERE id = 19;
UPDATE objective SET title = 'Austausch von Cyberinformationen und öffentlich-private Partnerschaft', description = 'Bedrohungserkenntnisse mit Partnern austauschen und Betreiber wesentlicher Dienste an die nationale Frühwarnung anbinden.' WHERE id = 20;
UPDATE objective SET title = 'Aufbau von Cyberkapazitäten in Partnerländern', description = 'Technische Hilfe im Bereich Cybersicherheit für Partnerländer, zunächst in Zentralafrika, um die digitale Kluft zu verringern.' WHERE id = 21;
UPDATE objective SET title = 'Den Griff der organisierten Kriminalität auf den Hafen Antwerpen brechen', description = 'Mehr Ermittler, Überprüfungen und Integritätskontrollen, um Schmuggelnetzwerke im und um den Hafen zu zerschlagen.' WHERE id = 22;
UPDATE objective SET title = 'Die Entscheidungsfindung von EU und NATO in Brüssel schützen', description = 'Ausländische Einmischung, die auf die in Brüssel ansässigen Institutionen und die dort tätigen Menschen abzielt, erkennen und abwehren.' WHERE id = 23;
UPDATE objective SET title = 'Den Plan gegen Terrorismus und Extremismus aktualisieren', description = 'Den nationalen Plan und die Praxis der Bedrohungsbewertung in Bezug auf Terrorismus und gewaltbereiten Extremismus erneuern.' WHERE id = 24;
UPDATE objective SET title = 'Ausländische Desinformation erkennen und abwehren', description = 'Eine nationale Kapazität, um Informationsmanipulation frühzeitig zu erkennen und mit klarer öffentlicher Kommunikation darauf zu reagieren.' WHERE id = 25;
UPDATE objective SET title = 'Klimasicherheit in der Entwicklungs- und Verteidigungsplanung', description = 'Klimarisiken in Entwicklungsprogramme, Einsatzplanung und Konfliktfrühwarnung einbeziehen.' WHERE id = 26;
UPDATE objective SET title = 'Pandemievorsorge und strategische medizinische Autonomie', description = 'Vorräte und europäische Produktionsvereinbarungen für kritische Arzneimittel und Schutzausrüstung.' WHERE id = 27;
UPDATE objective SET title = 'Die europäische Verteidigungsintegration vertiefen', description = 'Die belgisch-niederländische Marinezusammenarbeit, CaMo mit Frankreich, das gemeinsame Kommando für Spezialoperationen und die F-35-Zusammenarbeit als Bausteine für die SSZ (PESCO) ausbauen.' WHERE id = 28;
UPDATE objective SET title = 'Nationaler Mechanismus zur Nutzung des Europäischen Verteidigungsfonds', description = 'Eine zentrale Anlaufstelle, die belgische Industrie und Forschung bei Bewerbungen um Projekte des Europäischen Verteidigungsfonds unterstützt.' WHERE id = 29;
UPDATE objective SET title = 'Nationales Krisenzentrum und KOBA zusammenlegen', description = 'Machbarkeitsstudie zur Zusammenlegung der Stellen für Krisenmanagement und Bedrohungsanalyse; nach der Studie zugunsten einer engeren Zusammenarbeit aufgegeben.' WHERE id = 30;
UPDATE objective SET title = 'Doktrin von EU und NATO für eine kollektive Reaktion auf Subversion', description = 'Vorschlagen, dass ein Cyberangriff oder eine Subversionskampagne gegen ein Mitglied als Angriff auf alle behandelt und gemeinsam beantwortet wird.' WHERE id = 31;
UPDATE objective SET title = 'Infrastruktur und Seewege in der Nordsee schützen', description = 'Präsenz und Überwachung durch Marine und Polizei rund um Kabel, Pipelines, Windparks und Hafenzufahrten.' WHERE id = 32;
UPDATE objective SET title = 'Strukturelle Einbindung der Regionen und Gemeinschaften in den NSR', description = 'Regelmäßige Sitzungen und thematische Arbeitsgruppen mit den föderierten Teilgebieten, deren Beitrag zur Resilienz unverzichtbar ist.' WHERE id = 33;
UPDATE objective SET title = 'Europäische Partnerschaften für Cyberforschung und -entwicklung', description = 'Gemeinsame Forschungsprojekte mit europäischen Partnern zu Technologien und Methoden der Cybersicherheit.' WHERE id = 34;

-- indicator
UPDATE indicator SET name = 'Bewertete NATO-Grundanforderungen', unit = 'Sektoren' WHERE id = 1;
UPDATE indicator SET name = 'Föderale Dienste mit erprobtem Kontinuitätsplan', unit = 'Dienststellen' WHERE id = 2;
UPDATE indicator SET name = 'Krankenhäuser mit geübtem Plan für einen Massenanfall von Verletzten' WHERE id = 3;
UPDATE indicator SET name = 'Verteidigungsausgaben', unit = '% des BIP' WHERE id = 4;
UPDATE indicator SET name = 'Innerhalb der gesetzlichen Frist getroffene Prüfentscheidungen' WHERE id = 5;
UPDATE indicator SET name = 'In Brüssel ausgerichtete ergebnisorientierte Seminare', unit = 'Seminare pro Jahr' WHERE id = 6;
UPDATE indicator SET name = 'Personal von VSSE und ADIV insgesamt', unit = 'VZÄ' WHERE id = 7;
UPDATE indicator SET name = 'Ins Ausland entsandtes diplomatisches Personal', unit = 'VZÄ' WHERE id = 8;
UPDATE indicator SET name = 'Operatives Personal des Zivilschutzes', unit = 'VZÄ' WHERE id = 9;
UPDATE indicator SET name = 'Analysten für Vorausschau im Sekretariat des NSR', unit = 'VZÄ' WHERE id = 10;
UPDATE indicator SET name = 'Eingereichte freiwillige nationale Umsetzungsberichte', unit = 'Berichte' WHERE id = 11;
UPDATE indicator SET name = 'Multinationale Cyberübungen (Teilnahme oder Ausrichtung)', unit = 'Übungen pro Jahr' WHERE id = 12;
UPDATE indicator SET name = 'An die Frühwarnplattform angeschlossene Organisationen', unit = 'Organisationen' WHERE id = 13;
UPDATE indicator SET name = 'Im Hafen Antwerpen kontrollierte Container', unit = '% der Container' WHERE id = 14;
UPDATE indicator SET name = 'Vorratsreichweite für kritische Arzneimittel', unit = 'Tage' WHERE id = 15;
UPDATE indicator SET name = 'Gemeinsame europäische Cyberforschungsprojekte', unit = 'Projekte' WHERE id = 16;

-- capability
UPDATE capability SET title = 'Diplomatisches Netz und multilaterale Vertretung', description = 'Botschaften, Ständige Vertretungen und die Anziehungskraft Brüssels als Verhandlungsort.' WHERE id = 1;
UPDATE capability SET title = 'Cyberdiplomatie und Einsatz für Normen', description = 'Diplomaten und Rechtsexperten, die Normen und Völkerrecht für verantwortungsvolles staatliches Verhalten im Cyberraum fördern.' WHERE id = 2;
UPDATE capability SET title = 'Landkampffähigkeit (CaMo mit Frankreich)', description = 'Motorisierte Landstreitkräfte, die über die CaMo-Partnerschaft in das französische Heer integriert sind.' WHERE id = 3;
UPDATE capability SET title = 'Mit den Niederlanden integrierte Marinefähigkeit', description = 'Fregatten und Minenabwehrfahrzeuge im Rahmen der belgisch-niederländischen Marinezusammenarbeit.' WHERE id = 4;
UPDATE capability SET title = 'Luftkampf und Luftpolizeidienst', description = 'Kampfflugzeugflotte im Übergang zur F-35, mit gemeinsamem Luftpolizeidienst über den Benelux-Staaten.' WHERE id = 5;
UPDATE capability SET title = 'Spezialkräfte', description = 'Spezialkräfte im Rahmen des belgisch-niederländisch-dänischen Kommandos für Spezialoperationen.' WHERE id = 6;
UPDATE capability SET title = 'Ziviles Nachrichtenwesen und Abwehr von Einmischung', description = 'Informationsbeschaffung und Analyse der VSSE sowie Sicherheitsunterrichtungen zu Schutzmaßnahmen.' WHERE id = 7;
UPDATE capability SET title = 'Militärisches Nachrichtenwesen', description = 'Informationsbeschaffung und Analyse des ADIV zu ausländischen militärischen Bedrohungen und zu Einsatzgebieten.' WHERE id = 8;
UPDATE capability SET title = 'Militärisches Cyberkommando', description = 'Defensive und offensive militärische Cyberoperationen innerhalb des ADIV.' WHERE id = 9;
UPDATE capability SET title = 'Bewertung der Bedrohung durch Terrorismus und Extremismus', description = 'Bedrohungsstufen des KOBA, gemeinsame Datenbanken und strategische Bewertungen.' WHERE id = 10;
UPDATE capability SET title = 'Operative Einheiten des Zivilschutzes', description = 'Spezialisierte Teams für Überschwemmungen, Chemieunfälle, Großbrände sowie Suche und Rettung.' WHERE id = 11;
UPDATE capability SET title = 'Nationales Krisenmanagement und Alarmierung der Bevölkerung', description = 'Föderale Krisenzelle, Notfallplanung, BE-Alert und Krisenkommunikation.' WHERE id = 12;
UPDATE capability SET title = 'Medizinische Notfallplanung und strategische medizinische Reserve', description = 'Pläne für Belastungsspitzen in Krankenhäusern, medizinische Reserven und Vorräte an kritischen Arzneimitteln.' WHERE id = 13;
UPDATE capability SET title = 'Prüfung ausländischer Direktinvestitionen', description = 'Interföderaler Mechanismus zur Prüfung ausländischer Übernahmen in sensiblen Sektoren.' WHERE id = 14;
UPDATE capability SET title = 'Unterstützung von Verteidigungsindustrie und Forschung', description = 'Instrumente, die belgischen Unternehmen und Laboratorien die Teilnahme an europäischen Verteidigungsprogrammen erleichtern.' WHERE id = 15;
UPDATE capability SET title = 'Strategische Energie- und Rohstoffreserven', description = 'Öl- und Gasvorräte, Lieferverträge und Überwachung kritischer Rohstoffe.' WHERE id = 16;
UPDATE capability SET title = 'Programme der Entwicklungszusammenarbeit', description = 'Staatliche Zusammenarbeit, durchgeführt von Enabel, insbesondere in Zentralafrika und im Sahel.' WHERE id = 17;
UPDATE capability SET title = 'Aufbau von Cyberkapazitäten für Partnerländer', description = 'Technische Hilfe bei Strategien, Reaktion auf Vorfälle, IT-Forensik und Sensibilisierung.' WHERE id = 18;
UPDATE capability SET title = 'Nationales CSIRT und Austausch von Bedrohungsinformationen', description = 'Reaktion von CERT.be auf Vorfälle und Austausch von Bedrohungserkenntnissen mit Partnern.' WHERE id = 19;
UPDATE capability SET title = 'Cyberübungsprogramm', description = 'Nationale und multinationale Übungen und Simulationen grenzüberschreitender Cyberkrisen.' WHERE id = 20;
UPDATE capability SET title = 'Öffentlich-private Cyberpartnerschaft', description = 'Frühwarnplattform und Zusammenarbeit mit Unternehmen, Branchenverbänden und Forschenden.' WHERE id = 21;
UPDATE capability SET title = 'Föderale Gerichts- und Schifffahrtspolizei', description = 'Ermittler sowie Einheiten der Schifffahrts- und Hafenpolizei gegen die organisierte Kriminalität.' WHERE id = 22;
UPDATE capability SET title = 'Strategische Vorausschau und Früherkennung', description = 'Eine fortlaufende Analyse des Sicherheitsumfelds für den NSR.' WHERE id = 23;
UPDATE capability SET title = 'Weltraumlagebild und Satellitenkommunikation', description = 'Überwachung der Weltraumumgebung und sichere Satellitenverbindungen für Regierung und Streitkräfte.' WHERE id = 24;
UPDATE capability SET title = 'Partnerschaften für Cyberforschung und -entwicklung', description = 'Forschungszentren und Universitäten in gemeinsamen europäischen Cybersicherheitsprojekten.' WHERE id = 25;
UPDATE budget_line SET funding_source = 'Europäischer Verteidigungsfonds' WHERE funding_source = 'European Defence Fund';
UPDATE budget_line SET funding_source = 'Föderaler Haushalt' WHERE funding_source = 'Federal budget';
UPDATE budget_line SET funding_source = 'Horizont Europa' WHERE funding_source = 'Horizon Europe';
UPDATE budget_line SET funding_source = 'Aufbau- und Resilienzfazilität' WHERE funding_source = 'Recovery and Resilience Facility';
UPDATE budget_line SET funding_source = 'Regionaler Haushalt' WHERE funding_source = 'Regional budget';
