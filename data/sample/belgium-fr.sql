-- Stratégie d’exemple de Strategos : la Belgique, les textes en français.
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Applied after belgium.sql, in the same transaction: every item, link,
-- date and amount comes from there; this file only puts the free text
-- into French (see the header of belgium.sql for what the sample
-- is, and is not, and for its deliberate gaps). Generated from a full
-- translation; test-store.c checks the result against the English sample.


-- strategy
UPDATE strategy SET title = 'Stratégie belge de sécurité nationale (projet illustratif)', country = 'Belgique', classification = 'DIFFUSION RESTREINTE', description = 'Première stratégie de sécurité nationale de la Belgique, à titre illustratif : cinq intérêts vitaux, les menaces qui pèsent sur eux, trois rôles, des objectifs concrets assortis de pilotes et d''échéances pour la présente législature et les dix prochaines années, ainsi que les capacités et les moyens financiers qui les sous-tendent. Données d''exemple, pas un texte officiel.' WHERE id = 1;

-- actor
UPDATE actor SET name = 'Conseil national de sécurité', abbreviation = 'CNS', description = 'Présidé par le Premier ministre ; définit la politique de sécurité et arbitre entre les départements, assisté par son Comité stratégique et son Comité de coordination du renseignement et de la sécurité.' WHERE id = 1;
UPDATE actor SET name = 'Chancellerie du Premier Ministre', abbreviation = 'SPF Chancellerie', description = 'Sa section sécurité assure le secrétariat du CNS et tient la plume pour la présente stratégie.' WHERE id = 2;
UPDATE actor SET name = 'SPF Affaires étrangères, Commerce extérieur et Coopération au Développement', abbreviation = 'SPF AE', description = 'Réseau diplomatique, politique multilatérale, cyberdiplomatie et politique de développement.' WHERE id = 3;
UPDATE actor SET name = 'La Défense', abbreviation = 'Défense', description = 'Forces armées : défense collective du territoire et opérations expéditionnaires ; aide à la Nation comme tâche complémentaire.' WHERE id = 4;
UPDATE actor SET name = 'SPF Intérieur', abbreviation = 'SPF Intérieur', description = 'Ordre public, protection civile, migration et police intégrée.' WHERE id = 5;
UPDATE actor SET name = 'SPF Justice', abbreviation = 'SPF Justice', description = 'Poursuites pénales, cours et tribunaux ; ministère de tutelle de la Sûreté de l''État.' WHERE id = 6;
UPDATE actor SET name = 'SPF Economie, P.M.E., Classes moyennes et Energie', abbreviation = 'SPF Economie', description = 'Sécurité économique, approvisionnement énergétique, filtrage des investissements et base industrielle de défense.' WHERE id = 7;
UPDATE actor SET name = 'SPF Santé publique, Sécurité de la Chaîne alimentaire et Environnement', abbreviation = 'SPF Santé publique', description = 'Préparation aux crises sanitaires, stocks médicaux et sécurité de la chaîne alimentaire.' WHERE id = 8;
UPDATE actor SET name = 'SPF Mobilité et Transports', abbreviation = 'SPF Mobilité', description = 'Politique des transports ferroviaire, routier, aérien et maritime, et résilience des réseaux de transport.' WHERE id = 9;
UPDATE actor SET name = 'Enabel, agence belge de développement', description = 'Met en œuvre la coopération gouvernementale belge au développement, y compris le renforcement des capacités.' WHERE id = 10;
UPDATE actor SET name = 'Centre pour la Cybersécurité Belgique', description = 'Autorité nationale de cybersécurité relevant du Premier ministre ; gère le CSIRT national (CERT.be).' WHERE id = 11;
UPDATE actor SET name = 'Centre de crise national (NCCN)', description = 'Gestion fédérale des crises, planification d''urgence, alerte à la population et communication de crise.' WHERE id = 12;
UPDATE actor SET name = 'Organe de coordination pour l''analyse de la menace', abbreviation = 'OCAM', description = 'Évalue la menace terroriste et extrémiste ; relève conjointement des ministres de la Justice et de l''Intérieur.' WHERE id = 13;
UPDATE actor SET name = 'Sûreté de l''État', description = 'Service civil de renseignement et de sécurité : contre-espionnage, ingérence et extrémisme.' WHERE id = 14;
UPDATE actor SET name = 'Service Général du Renseignement et de la Sécurité', abbreviation = 'SGRS', description = 'Service de renseignement militaire ; abrite également le Cyber Command.' WHERE id = 15;
UPDATE actor SET name = 'Police fédérale', abbreviation = 'PolFed', description = 'Police judiciaire fédérale, police maritime et portuaire, lutte contre la criminalité organisée.' WHERE id = 16;
UPDATE actor SET name = 'Région flamande', abbreviation = 'Flandre', description = 'Compétente pour les ports, l''économie, la recherche, l''eau et l''agriculture sur son territoire.' WHERE id = 17;
UPDATE actor SET name = 'Région wallonne', abbreviation = 'Wallonie', description = 'Compétente pour l''économie, la recherche, l''eau et l''agriculture sur son territoire.' WHERE id = 18;
UPDATE actor SET name = 'Région de Bruxelles-Capitale', abbreviation = 'Bruxelles', description = 'Région hôte des institutions de l''UE et de l''OTAN ; résilience et planification de la sécurité au niveau local.' WHERE id = 19;
UPDATE actor SET name = 'Organisation du Traité de l''Atlantique Nord', abbreviation = 'OTAN', description = 'Alliance dont la Belgique est membre fondateur et pays hôte.' WHERE id = 20;
UPDATE actor SET name = 'Union européenne', abbreviation = 'UE', description = 'Union au sein de laquelle la Belgique a mis en commun des pans essentiels de sa souveraineté ; établie à Bruxelles.' WHERE id = 21;

-- interest
UPDATE interest SET title = 'Sécurité physique des citoyens et du territoire', description = 'Les personnes présentes en Belgique et le territoire national sont protégés contre la violence, les attaques et les catastrophes.' WHERE id = 1;
UPDATE interest SET title = 'Système politique démocratique et souverain', description = 'Les décisions sont prises librement par les institutions démocratiques, dans le respect de l''État de droit et des droits humains, sans manipulation étrangère.' WHERE id = 2;
UPDATE interest SET title = 'Prospérité économique équitablement partagée', description = 'Une économie ouverte qui crée de la richesse et la répartit équitablement entre les citoyens.' WHERE id = 3;
UPDATE interest SET title = 'Un ordre international fondé sur des règles', description = 'Des règles et des institutions multilatérales efficaces qui rendent stable et prévisible l''environnement international de la Belgique.' WHERE id = 4;
UPDATE interest SET title = 'Une Union européenne efficace', description = 'L''UE, au sein de laquelle la Belgique a mis en commun des éléments essentiels de sa souveraineté, fonctionne bien et, si nécessaire, approfondit son intégration.' WHERE id = 5;

-- threat
UPDATE threat SET title = 'Subversion, coercition et agression par d''autres États', description = 'Des puissances hostiles recourent à la pression, à l''espionnage, à l''intimidation ou à la force contre la Belgique et ses alliés, y compris dans le cyberespace.' WHERE id = 1;
UPDATE threat SET title = 'Ingérence hybride dans la prise de décision de l''UE et de l''OTAN à Bruxelles', description = 'Des services étrangers ciblent les institutions établies à Bruxelles, leur personnel et les autorités belges chargées de leur protection.' WHERE id = 2;
UPDATE threat SET title = 'Cyberattaques commanditées par des États contre des services essentiels', description = 'Intrusions, sabotages et prépositionnement par des groupes liés à des États dans les réseaux de l''énergie, de la santé, de la finance et des pouvoirs publics.' WHERE id = 3;
UPDATE threat SET title = 'Cybercriminalité et rançongiciels', description = 'Des groupes criminels extorquent des entreprises, des hôpitaux et des pouvoirs locaux ; les mêmes défenses protègent contre eux comme contre les États.' WHERE id = 4;
UPDATE threat SET title = 'Terrorisme international et extrémisme violent', description = 'Des réseaux djihadistes et d''autres réseaux extrémistes établis à l''étranger inspirent ou commanditent des attentats en Belgique.' WHERE id = 5;
UPDATE threat SET title = 'Conflits armés à la périphérie de l''Europe', description = 'Guerre à l''est et instabilité au Sahel et en Afrique centrale, avec des retombées sous forme de flux de réfugiés, de hausse des prix de l''énergie et de terrorisme.' WHERE id = 6;
UPDATE threat SET title = 'Changement climatique', description = 'Inondations, canicules et sécheresses, en Belgique comme à l''étranger, ainsi que les conflits et déplacements de population aggravés par le stress climatique.' WHERE id = 7;
UPDATE threat SET title = 'Pandémies et épidémies', description = 'Un nouvel agent pathogène submerge les hôpitaux et révèle la dépendance à l''égard des fournitures médicales étrangères, comme l''a fait la COVID-19.' WHERE id = 8;
UPDATE threat SET title = 'Coercition économique et prise de contrôle d''actifs stratégiques', description = 'Des acteurs étrangers prennent des participations dans des entreprises et des technologies critiques ou utilisent la dépendance commerciale comme moyen de pression.' WHERE id = 9;
UPDATE threat SET title = 'Pénuries d''énergie et de matières premières critiques', description = 'Des chocs d''approvisionnement en gaz, en électricité ou en minerais critiques frappent les ménages, l''industrie et la production de défense.' WHERE id = 10;
UPDATE threat SET title = 'Criminalité organisée minant le port d''Anvers', description = 'Des réseaux de trafic de drogue corrompent des travailleurs portuaires et des fonctionnaires et font entrer la violence dans les villes.' WHERE id = 11;
UPDATE threat SET title = 'Désinformation et manipulation de l''information par des acteurs étrangers', description = 'Des campagnes coordonnées qui creusent les divisions, discréditent les institutions et faussent les élections.' WHERE id = 12;
UPDATE threat SET title = 'Choc multidomaine simultané', description = 'Une combinaison imprévue, comme une panne générale d''électricité pendant une campagne cyber et une vague pandémique, qui submerge des structures de crise conçues pour gérer une crise à la fois.' WHERE id = 13;
UPDATE threat SET title = 'Sabotage des infrastructures et des voies maritimes en mer du Nord', description = 'Attaques contre les câbles, les pipelines, les parcs éoliens en mer et les routes maritimes desservant les ports belges.' WHERE id = 14;
UPDATE threat SET title = 'Perte d''accès aux services spatiaux', description = 'Le brouillage, une attaque ou des débris interrompent la navigation, la synchronisation temporelle et les communications par satellite dont dépendent les systèmes civils et militaires.' WHERE id = 15;

-- role
UPDATE role SET title = 'État résilient et bon hôte', description = 'Protéger la démocratie, les droits humains et l''État de droit dans le pays, et préserver de toute subversion extérieure la prise de décision nationale ainsi que celle de l''UE et de l''OTAN à Bruxelles.', posture = 'Hôte résilient' WHERE id = 1;
UPDATE role SET title = 'Membre fiable de l''UE et allié sûr de l''OTAN', description = 'Promouvoir l''intégration européenne là où gouverner seul ne fonctionne plus, investir dans les forces armées et renforcer le pilier européen de l''OTAN.', posture = 'Allié engagé' WHERE id = 2;
UPDATE role SET title = 'Bâtisseur de ponts actif au service de la paix et de la stabilité mondiales', description = 'Faire de Bruxelles une capitale diplomatique qui favorise le dialogue entre grandes puissances et les réponses multilatérales aux menaces communes.', posture = 'Bâtisseur de ponts' WHERE id = 3;

-- objective
UPDATE objective SET title = 'Revue nationale de la résilience axée sur le rôle de pays hôte', description = 'Évaluer la résilience de la Belgique au regard des sept exigences fondamentales de l''OTAN, en accordant une attention particulière au rôle de pays hôte, et définir des actions prioritaires pour combler les principales lacunes.' WHERE id = 1;
UPDATE objective SET title = 'Continuité assurée des pouvoirs publics', description = 'Les gouvernements fédéral et régionaux peuvent continuer à décider et à communiquer pendant une crise grave, grâce à des dispositifs de secours éprouvés.' WHERE id = 2;
UPDATE objective SET title = 'Approvisionnement énergétique résilient', description = 'Des stocks, des interconnexions et des plans d''urgence suffisants pour surmonter une perturbation majeure de l''approvisionnement en gaz ou en électricité.' WHERE id = 3;
UPDATE objective SET title = 'Capacité à gérer les mouvements incontrôlés de personnes', description = 'Plans et capacité d''accueil en cas d''afflux massif et soudain ou de déplacement de personnes.' WHERE id = 4;
UPDATE objective SET title = 'Ressources en eau et en nourriture résilientes', description = 'Sécuriser l''eau potable et les chaînes alimentaires pendant une crise prolongée, dans le cadre d''une planification menée avec les Régions.' WHERE id = 5;
UPDATE objective SET title = 'Capacité à faire face à un nombre élevé de victimes', description = 'Les hôpitaux, l''aide médicale urgente et le soutien médical militaire peuvent absorber un afflux massif de victimes.' WHERE id = 6;
UPDATE objective SET title = 'Systèmes de communication civils résilients', description = 'Les réseaux de télécommunications et de données, y compris ceux qu''utilisent les institutions hébergées, continuent de fonctionner en cas d''attaque ou de panne.' WHERE id = 7;
UPDATE objective SET title = 'Systèmes de transport résilients', description = 'Le rail, la route, les ports et les aéroports peuvent répondre à la fois aux besoins civils et aux mouvements militaires alliés en cas de crise.' WHERE id = 8;
UPDATE objective SET title = 'Trajectoire des dépenses de défense vers 1,3 % du PIB d''ici 2030', description = 'Augmenter chaque année le budget de la défense pour atteindre 1,3 % du PIB en 2030, et réévaluer la trajectoire au regard des objectifs capacitaires convenus.' WHERE id = 9;
UPDATE objective SET title = 'Filtrage efficace des investissements étrangers', description = 'Renforcer le mécanisme interfédéral de filtrage et plaider au niveau de l''UE pour des mesures fermes mais équilibrées et pour la réciprocité.' WHERE id = 10;
UPDATE objective SET title = 'Bruxelles, pôle de l''Alliance pour le multilatéralisme', description = 'Renforcer la visibilité de la Belgique au sein de l''Alliance, prendre l''initiative sur des thèmes choisis et accueillir à Bruxelles des séminaires axés sur les résultats.' WHERE id = 11;
UPDATE objective SET title = 'Revue conjointe annuelle des déploiements opérationnels', description = 'Les Affaires étrangères, la Défense et la Coopération au développement examinent ensemble les opérations à rejoindre, à arrêter ou à réorienter, ainsi que les crises futures susceptibles de nécessiter des déploiements.' WHERE id = 12;
UPDATE objective SET title = 'Accroître la capacité de renseignement', description = 'Rapprocher la taille des services de renseignement civil et militaire de celle de leurs homologues européens.' WHERE id = 13;
UPDATE objective SET title = 'Reconstruire la capacité diplomatique', description = 'Inverser des années de coupes budgétaires dans le réseau diplomatique et renforcer l''expertise en matière de sécurité, de cyber et d''affaires économiques.' WHERE id = 14;
UPDATE objective SET title = 'Réinvestir dans la protection civile', description = 'Davantage de personnel, d''équipements et de couverture régionale pour la protection civile après des années de sous-investissement.' WHERE id = 15;
UPDATE objective SET title = 'Capacité de prospective stratégique au secrétariat du CNS', description = 'Une petite équipe au sein du secrétariat qui alimente le CNS en analyses continues de l''environnement de sécurité et constitue une mémoire institutionnelle.' WHERE id = 16;
UPDATE objective SET title = 'Révision quinquennale de la stratégie de sécurité nationale', description = 'Réexaminer la pertinence des objectifs avant la fin de la législature, afin que le prochain gouvernement démarre avec une stratégie renouvelée.' WHERE id = 17;
UPDATE objective SET title = 'Soutenir un programme d''action de l''ONU sur la sécurité des TIC', description = 'Contribuer à la mise en place d''un mécanisme onusien permanent, inclusif et orienté vers l''action pour un comportement responsable des États dans le cyberespace, avec des rapports volontaires et un renforcement des capacités.' WHERE id = 18;
UPDATE objective SET title = 'Exercices cyber conjoints avec les partenaires de l''UE et de l''OTAN', description = 'Participer à des exercices cyber transfrontaliers et en accueillir, afin de tester la réponse aux incidents et la coordination.' WHERE id = 19;
UPDATE objective SET title = 'Partage d''informations cyber et partenariat public-privé', description = 'Échanger des renseignements sur les menaces avec les partenaires et raccorder les opérateurs de services essentiels au dispositif national d''alerte précoce.' WHERE id = 20;
UPDATE objective SET title = 'Renforcement des cybercapacités dans les pays partenaires', description = 'Assistance technique en cybersécurité aux pays partenaires, en commençant par l''Afrique centrale, pour réduire la fracture numérique.' WHERE id = 21;
UPDATE objective SET title = 'Briser l''emprise de la criminalité organisée sur le port d''Anvers', description = 'Davantage d''enquêteurs, d''enquêtes de sécurité et de contrôles d''intégrité pour démanteler les réseaux de trafic dans le port et ses environs.' WHERE id = 22;
UPDATE objective SET title = 'Protéger la prise de décision de l''UE et de l''OTAN à Bruxelles', description = 'Détecter et contrer l''ingérence étrangère visant les institutions établies à Bruxelles et les personnes qui y travaillent.' WHERE id = 23;
UPDATE objective SET title = 'Actualiser le plan de lutte contre le terrorisme et l''extrémisme', description = 'Mettre à jour le plan national et les pratiques d''évaluation de la menace en matière de terrorisme et d''extrémisme violent.' WHERE id = 24;
UPDATE objective SET title = 'Détecter et contrer la désinformation étrangère', description = 'Une capacité nationale pour repérer tôt la manipulation de l''information et y répondre par une communication publique claire.' WHERE id = 25;
UPDATE objective SET title = 'Sécurité climatique dans la planification du développement et de la défense', description = 'Intégrer le risque climatique dans les programmes de développement, la planification opérationnelle et l''alerte précoce en matière de conflits.' WHERE id = 26;
UPDATE objective SET title = 'Préparation aux pandémies et autonomie médicale stratégique', description = 'Stocks et accords européens de production pour les médicaments critiques et les équipements de protection.' WHERE id = 27;
UPDATE objective SET title = 'Approfondir l''intégration européenne de la défense', description = 'Étendre la coopération navale belgo-néerlandaise, CaMo avec la France, le commandement conjoint des opérations spéciales et la coopération F-35, comme éléments constitutifs de la Coopération structurée permanente (PESCO).' WHERE id = 28;
UPDATE objective SET title = 'Mécanisme national pour mobiliser le Fonds européen de la défense', description = 'Un guichet unique qui aide l''industrie et la recherche belges à soumissionner aux projets du Fonds européen de la défense.' WHERE id = 29;
UPDATE objective SET title = 'Regrouper le Centre de crise national et l''OCAM', description = 'Étude de faisabilité d''une fusion des organes de gestion de crise et d''analyse de la menace ; abandonnée après l''étude au profit d''une coopération renforcée.' WHERE id = 30;
UPDATE objective SET title = 'Doctrine UE et OTAN de réponse collective à la subversion', description = 'Proposer qu''une cyberattaque ou une campagne de subversion contre un membre soit considérée comme une attaque contre tous, appelant une réponse commune.' WHERE id = 31;
UPDATE objective SET title = 'Protéger les infrastructures et les voies maritimes en mer du Nord', description = 'Présence et surveillance navales et policières autour des câbles, des pipelines, des parcs éoliens et des accès portuaires.' WHERE id = 32;
UPDATE objective SET title = 'Association structurelle des Régions et Communautés au CNS', description = 'Réunions régulières et groupes de travail thématiques avec les entités fédérées, dont la contribution à la résilience est indispensable.' WHERE id = 33;
UPDATE objective SET title = 'Partenariats européens de recherche et développement en cybersécurité', description = 'Projets de recherche communs avec des partenaires européens sur les technologies et méthodes de cybersécurité.' WHERE id = 34;

-- indicator
UPDATE indicator SET name = 'Exigences fondamentales de l''OTAN évaluées', unit = 'secteurs' WHERE id = 1;
UPDATE indicator SET name = 'Services fédéraux dotés d''un plan de continuité testé' WHERE id = 2;
UPDATE indicator SET name = 'Hôpitaux ayant exercé leur plan d''afflux massif de victimes' WHERE id = 3;
UPDATE indicator SET name = 'Dépenses de défense', unit = '% du PIB' WHERE id = 4;
UPDATE indicator SET name = 'Décisions de filtrage prises dans le délai légal' WHERE id = 5;
UPDATE indicator SET name = 'Séminaires axés sur les résultats organisés à Bruxelles', unit = 'séminaires par an' WHERE id = 6;
UPDATE indicator SET name = 'Effectifs cumulés de la VSSE et du SGRS', unit = 'ETP' WHERE id = 7;
UPDATE indicator SET name = 'Personnel diplomatique en poste à l''étranger', unit = 'ETP' WHERE id = 8;
UPDATE indicator SET name = 'Personnel opérationnel de la protection civile', unit = 'ETP' WHERE id = 9;
UPDATE indicator SET name = 'Analystes en prospective au secrétariat du CNS', unit = 'ETP' WHERE id = 10;
UPDATE indicator SET name = 'Rapports nationaux volontaires de mise en œuvre soumis', unit = 'rapports' WHERE id = 11;
UPDATE indicator SET name = 'Exercices cyber multinationaux (participation ou accueil)', unit = 'exercices par an' WHERE id = 12;
UPDATE indicator SET name = 'Organisations raccordées à la plateforme d''alerte précoce' WHERE id = 13;
UPDATE indicator SET name = 'Conteneurs inspectés au port d''Anvers', unit = '% des conteneurs' WHERE id = 14;
UPDATE indicator SET name = 'Couverture des stocks de médicaments critiques', unit = 'jours' WHERE id = 15;
UPDATE indicator SET name = 'Projets européens communs de recherche en cybersécurité', unit = 'projets' WHERE id = 16;

-- capability
UPDATE capability SET title = 'Réseau diplomatique et représentation multilatérale', description = 'Ambassades, représentations permanentes et capacité de rassemblement de Bruxelles.' WHERE id = 1;
UPDATE capability SET title = 'Cyberdiplomatie et promotion des normes', description = 'Diplomates et juristes qui promeuvent les normes et le droit international pour un comportement responsable des États dans le cyberespace.' WHERE id = 2;
UPDATE capability SET title = 'Capacité de combat terrestre (CaMo avec la France)', description = 'Forces terrestres motorisées intégrées à l''armée de Terre française dans le cadre du partenariat CaMo.' WHERE id = 3;
UPDATE capability SET title = 'Capacité navale intégrée avec les Pays-Bas', description = 'Frégates et chasseurs de mines mis en œuvre dans le cadre de la coopération navale belgo-néerlandaise.' WHERE id = 4;
UPDATE capability SET title = 'Combat aérien et police du ciel', description = 'Flotte d''avions de combat en transition vers le F-35, avec une police du ciel partagée au-dessus du Benelux.' WHERE id = 5;
UPDATE capability SET title = 'Forces d''opérations spéciales', description = 'Forces spéciales opérant au sein du commandement d''opérations spéciales belgo-néerlando-danois.' WHERE id = 6;
UPDATE capability SET title = 'Renseignement civil et lutte contre l''ingérence', description = 'Collecte, analyse et séances de sensibilisation à la sécurité préventive assurées par la VSSE.' WHERE id = 7;
UPDATE capability SET title = 'Renseignement militaire', description = 'Collecte et analyse par le SGRS sur les menaces militaires étrangères et les théâtres d''opérations.' WHERE id = 8;
UPDATE capability SET title = 'Commandement cyber militaire', description = 'Opérations cyber militaires défensives et offensives au sein du SGRS.' WHERE id = 9;
UPDATE capability SET title = 'Évaluation de la menace terroriste et extrémiste', description = 'Niveaux de la menace de l''OCAM, banques de données communes et évaluations stratégiques.' WHERE id = 10;
UPDATE capability SET title = 'Unités opérationnelles de la protection civile', description = 'Équipes spécialisées pour les inondations, les accidents chimiques, les grands incendies et la recherche et le sauvetage.' WHERE id = 11;
UPDATE capability SET title = 'Gestion nationale des crises et alerte à la population', description = 'Cellule de crise fédérale, planification d''urgence, BE-Alert et communication de crise.' WHERE id = 12;
UPDATE capability SET title = 'Planification d''urgence médicale et stock médical stratégique', description = 'Plans de montée en charge hospitalière, réserves médicales et stocks de médicaments critiques.' WHERE id = 13;
UPDATE capability SET title = 'Filtrage des investissements directs étrangers', description = 'Mécanisme interfédéral d''examen des acquisitions étrangères dans les secteurs sensibles.' WHERE id = 14;
UPDATE capability SET title = 'Soutien à la base industrielle et de recherche de défense', description = 'Instruments qui aident les entreprises et les laboratoires belges à participer aux programmes européens de défense.' WHERE id = 15;
UPDATE capability SET title = 'Réserves stratégiques d''énergie et de matières premières', description = 'Stocks de pétrole et de gaz, contrats d''approvisionnement et suivi des matières premières critiques.' WHERE id = 16;
UPDATE capability SET title = 'Programmes de coopération au développement', description = 'Coopération gouvernementale mise en œuvre par Enabel, notamment en Afrique centrale et au Sahel.' WHERE id = 17;
UPDATE capability SET title = 'Renforcement des cybercapacités des pays partenaires', description = 'Assistance technique en matière de stratégies, de réponse aux incidents, d''investigation numérique et de sensibilisation.' WHERE id = 18;
UPDATE capability SET title = 'CSIRT national et partage d''informations sur les menaces', description = 'Réponse aux incidents par CERT.be et échange de renseignements sur les menaces avec les partenaires.' WHERE id = 19;
UPDATE capability SET title = 'Programme d''exercices cyber', description = 'Exercices et simulations, nationaux et multinationaux, de cybercrises transfrontalières.' WHERE id = 20;
UPDATE capability SET title = 'Partenariat public-privé en cybersécurité', description = 'Plateforme d''alerte précoce et coopération avec les entreprises, les organisations sectorielles et les chercheurs.' WHERE id = 21;
UPDATE capability SET title = 'Police judiciaire fédérale et police maritime', description = 'Enquêteurs et unités de police maritime et portuaire engagés contre la criminalité organisée.' WHERE id = 22;
UPDATE capability SET title = 'Prospective stratégique et veille', description = 'Une analyse continue de l''environnement de sécurité à l''intention du CNS.' WHERE id = 23;
UPDATE capability SET title = 'Connaissance de la situation spatiale et communications par satellite', description = 'Surveillance de l''environnement spatial et liaisons satellitaires sécurisées pour les pouvoirs publics et les forces armées.' WHERE id = 24;
UPDATE capability SET title = 'Partenariats de recherche et développement en cybersécurité', description = 'Centres de recherche et universités engagés dans des projets européens communs de cybersécurité.' WHERE id = 25;
UPDATE budget_line SET funding_source = 'Fonds européen de la défense' WHERE funding_source = 'European Defence Fund';
UPDATE budget_line SET funding_source = 'Budget fédéral' WHERE funding_source = 'Federal budget';
UPDATE budget_line SET funding_source = 'Facilité pour la reprise et la résilience' WHERE funding_source = 'Recovery and Resilience Facility';
UPDATE budget_line SET funding_source = 'Budget régional' WHERE funding_source = 'Regional budget';
