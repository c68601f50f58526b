"""The heading glossary: English words for the vocabulary of the whole corpus.

:data:`drafter.text.glossary.GLOSSARY_EN_KO` grew from errors on the tuning
sets; an English question about an article whose words it lacks got no
Korean lexical vote at all. This table covers the corpus systematically: every
Kiwi lemma of the article headings (``제N조(…)``) of the 11 statutes and the
body nouns that occur at least 8 times, as listed by
``scripts/glossary_vocabulary.py`` (which also checks that every value here is
a BM25 token of the corpus). Nothing here was taken from a question.

The source is one line per Korean term: ``lemma: english, english, …``. An
English item of one word becomes a key of :data:`HEADING_EN_KO` (lowercase; a
whole word or a stem as :func:`drafter.text.glossary._stem` cuts them, so
``revitaliz`` matches revitalize and revitalization); an item of several words
becomes a phrase of :data:`HEADING_PHRASES_EN_KO` (with the plural of its
last word when that looks like a noun). A word listed under several lemmas maps to all of them (at most
:data:`MAX_TERMS`, in source order). Over-generic English words (act, law,
matter, person, necessary, …: :data:`GENERIC`) are left out: they would flood
every query.

:mod:`drafter.text.glossary` merges both tables under its own entries: an
entry found by error analysis wins over the one here.
"""

from __future__ import annotations

MAX_TERMS = 4
"""At most this many Korean terms per English word (more would flood a query)."""

GENERIC = frozenset(
    "act acts law laws matter matters necessary relevant person persons people thing things case cases provision "  # noqa: SIM905
    "provisions article articles paragraph paragraphs item items clause clauses may must shall should other others "
    "related regarding concerning following include including certain such what which who does do say says "
    "the a an of in on at to for by with from as and or but is are was were be been it its this that there "
    "use used time way ways kind type form level same first whole many main major important specific korean".split()
)
"""English words no key may be: stopwords and words too general to point at any provision."""

_SOURCE = """
특례: special case, special exception, exception, special rule, special treatment, derogation, exceptional
자치: autonomy, self-governing, self-government, self-rule, self-governance
위원회: board, panel
관리: management, manage, managing, administer, custody, upkeep
지원: assistance, aid, aids, backing
지정: designat, designate, designated, designation
설치: install, installation, set up, creation
지역: regional, locality, localities, area-based
진흥: foster, boost, advancement, promotion zone
계획: planning, blueprint, scheme, programme
지방: provincial level, decentralized, sub-national, subnational
사업: project, projects, business, programs, undertaking
운영: operation, operations, running, run
산업: industry, industrial, industries
교육: education, educational, teaching, instruction, schooling
개발: develop, redevelop, redevelopment
국가: nation, country, central government
공무원: public servant, public servants, government employee, government employees
기관: institution, institutions, organ, organs
지구: zone, zones
관광: tourism, tourist, tourists, sightseeing
육성: nurture, fostering, cultivate, cultivation
환경: environment, environmental
감사: auditor, auditing
적용: apply, applies, application, applicab, applicable
인사: human resources, personnel management
수립: devise, draw up, establishment of
도시: urban, town, municipal
금지: prohibit, prohibition, prohibited, ban, banned, forbid, forbidden
시설: infrastructure facilities, premises
위원: commissioner, commissioners, committee member, committee members
주민: inhabitant, inhabitants, citizen, citizens, local residents
행정: administration, governance
직무: job, job duties
징계: sanction, sanctions, disciplinary action, disciplinary measure, reprimand
학교: schools
단지: complex, industrial complex, cluster
이용: usage, utilization
벌칙: penalty, penalties, penal, punitive, penal provisions
법률: legislation, statutory
평가: assessment, assess, appraisal
조성: create, creating, creation of, fostering of
허가: permit, permits, permission, authorization, authorisation
예산: budgetary, budgets
설립: founding, foundation of, founded
외국인: foreigner, foreigners, foreign national, foreign nationals, alien, aliens
종합: comprehensive, overall, master plan
시행: enforce, enforcement, come into force, enter into force, effective date
보전: conservation, conserve, preservation, preserve
조직: structure, organisational, organizational
처리: handle, handling, disposal, dispose
사유: ground, grounds, cause, causes
국제: global, internationally
승진: advancement, promoted
의무: obligation, obligations, obliged, obligatory, duty to
관계: relationship, relation, relations
영향: impact, influence, impacts
보장: guarantee, guaranteed, ensure, safeguard, assure
회계: account, accounts, accounting
재산: asset, assets, estate
외국: foreign, abroad
절차: procedure, procedures, procedural
의료: medical, healthcare, health care, medicine
심의: review, deliberation
시험: exam, examination, examinations, test, testing, experimental
제한: restrict, restriction, restrictions, limit, limitation, limited
목적: objective, aim, aims
범위: scope, range, extent
책무: responsibility, responsibilities, responsible
실시: conduct, carry out, carrying out
단체: group, association, associations, entity, entities, organization
신분: status, tenure, identity
직위: position, positions, post, posts
심사: screening, screen, vetting, examine
추천: recommendation
문화: culture, cultural
통합: integrate, integration, integrated, consolidate, consolidation, merger
자격: eligib, eligibility, eligible, credentials
보호: protection, protective
투자: invest, investment, investments
기준: standard, standards, criteria, criterion, benchmark, threshold
지하수: groundwater, ground water
안전: safe, safely
구성: composition, membership, makeup
회의: conference, session, sessions
활성: revitaliz, revitalise, revitalize, revitalization, vitaliz, activat
기술: technical, technique, technological
복지: welfare, well-being
추진: pursue, pursuit, push forward, carry forward
협력: collaborat, collaboration, partnership
권한: competence, powers, authorities
정비: overhaul, streamline, readjust, rearrang, maintenance
재정: fiscal, finances, public finance
자동차: car, cars, vehicle, vehicles, automobile, motor
전용: diversion, divert, conversion, exclusive use
투표: voting, referendum, ballot
교류: exchanges, interchange
산지: mountainous, mountain land, hillside
자원: resource, resources
준용: mutatis mutandis, apply correspondingly, analogously
센터: center, centre, centers
하부: subordinate, lower-level, subordinate organization
촉진: facilitat, facilitate, accelerat, accelerate, stimulat
복합: complex, mixed-use, multi-purpose, combined, composite
구분: classif, distinguish, division, categor
기한: deadline, time limit, due date
위탁: entrust, entrusted, entrustment, consign, outsourc
결과: outcome, outcomes, findings
파견: dispatch, dispatched, seconded
유지: maintenance of, upkeep of, preserve
공유: publicly owned, shared, public property
농지: farmland, farm land, agricultural land
기금: fund raising, special fund, development fund, promotion fund, cooperation fund
대상: target, targets
산악: alpine, mountain tourism, mountaineering
방법: method, methods, manner
기구: apparatus, mechanism, organization body
감독: oversight, oversee, supervision
균형: balance, balanced
시범: trial, pilot program, demonstration
시대: era, age of regions
이양: devolution, devolve, devolved
의회: legislature, councils, local council
이익: benefit, benefits, interests, disadvantage
계정: accounts, sub-account
제주특별자치도: jeju special self-governing province, jeju province
조치: measure, measures, steps
자유: freedom, liberaliz, deregulat
결정: determination, decided
연구: study, studies, researcher
취소: cancel, cancellation, revoke, revocation, revoc, rescind
승인: approve, approval, approved
의제: deem, deemed, legal fiction
농어촌: rural, countryside, farming and fishing villages, rural areas
방지: avert, prevention of, avoidance
분야: field, fields, sector, sectors
사용: usage of, employ of
교육감: superintendent of education, superintendent of the office of education, education superintendent, superintendent
우수: excellent, outstanding, meritorious, distinguished
토지: land, lands, plot, plots
등록: register, registration, registered
유공자: distinguished service, patriots, persons of distinguished service
규정: regulation, regulations, provisions of rules
정의: definition, definitions, define, defined
혁신: innovat, innovation, innovative
경제: economy, economic, economical
인재: talent, talents, talented
기업: company, companies, corporation, enterprise, enterprises, firm, firms
기본: basic, fundamental
원칙: principle, principles
존속: continuation, sunset
세출: expenditure, expenditures, spending, outlay
정치: politics, politician
전략: strategy, strategic
산림: forest, forests, forestry, woodland
매각: sale, sell, selling, sold
농업: agricultur, agriculture, agricultural, farming
건설: construct, construction, build
사회: social, society
공기업: public enterprise, public enterprises, state-owned enterprise, public corporation
과태료: fine, fines, administrative fine, negligence fine
보수: remuneration, wage, wages, compensation of
근무: on duty
해제: release, lift, lifting, lifted, rescission
기간: period, periods, duration
정원: quota, authorized strength, headcount, staffing, fixed number
퇴직: resign, resignation, retiring
소환: recall, summon, summons
증진: enhance, enhancement, furtherance
치안: public order, policing
생활: living, daily life, livelihood
교통: transport, transportation
의견: view, views, comment, comments
정책: policies
성장: growth, grow, growing
협의: consultation, discuss, discussion, negotiat
기반: foundation, infrastructure
확충: expansion, expand, reinforcement
강화: strengthen, strengthening, reinforce, tighten, bolster
정보: intelligence
특구: special zone, special zones, free zone
협약: agreement, agreements, convention, pact
확대: extend, extension, enlarge, increase, broaden
배제: exclusion, exclude, excluded
의원: councillor, councilor, councilors, lawmaker, legislator, assemblyman, assembly member
협조: assistance of, collaborate
자율: voluntary, self-regulat, discretion, discretionary
세입: revenue, revenues
보조금: grant, grants, subsidies
전문: expert, experts, professional, specialist, specialized, expertise
처분: disposition, administrative disposition
시효: prescription, statute of limitations, limitation period
정지: suspend, suspended, suspension, halt
운동: movement, campaign, campaigning, election campaign
첨단: advanced, high-tech, cutting-edge, hightech
가축: livestock, cattle
휴양: recreation, recreational, resort
활용: utiliz, utilise, leverage, make use
징수: levy, levies, collection of taxes
자금: money, capital, financing
체류: stay, sojourn
훈련: training, train, trained, drill
조례: ordinance, ordinances, bylaw, bylaws, municipal ordinance
행위: conduct of, behavior, behaviour, deed
특수: particular
휴직: leave of absence, leave
수당: allowance, allowances
광역: metropolitan, wide-area
양성: cultivat, nurturing
과학: science, scientific
통신: telecommunication, telecommunications, telecom, communication, communications
보건: health, hygiene
대학: university, universities, college
운수: transit, haulage
기능: capability, capabilities
변경: change, changes, alter, alteration, modif, modify
법령: laws and regulations, statutes
국유: state-owned, national property, state property
문책: censure, reprimanded, accountability
특화: specializ, specialise, niche
시행자: implementer, project implementer, project operator
대체: replace, replacement, substitut, alternative
검사: examination of, inspection of
출입국관리법: immigration act
유아: infant, infants, toddler, early childhood, preschool
규모: scale, size, large-scale
외국어: foreign language, foreign languages
수산물: seafood, fishery products, marine products
방역: quarantine, disease control, epidemic prevention
항만: harbor, harbour, port, ports
진료: medical treatment, treatment, clinical
구역: zoning
해외: overseas
집행: execut, execution, executive
출자: capital contribution, equity
발행: issuance, bond issuance
거래: transaction, transactions, trade, dealing
교원: teaching staff, faculty
국제고등학교: international high school
국고: national treasury, treasury
부과: impose, imposed, imposition
분리: separat, separate, separation
청구: claim, claims, petition
직권: ex officio, own authority
면직: removal from office
명령: orders of
수산업: fisheries, fishing industry
건강: healthy
보훈: veterans affairs, patriots and veterans
소방: fire, firefight, firefighter, firefighters, firefighting, fire service
금융: financial services, banking
후보자: candidate, candidates
경찰청장: police commissioner, commissioner of police
경찰청: police agency
수사: criminal investigation
복수: multiple, plural
협의회: consultative council, consultative body
지휘: commanding
조정: adjust, adjustment, coordinat, coordination, mediat, mediation, conciliat
체계: framework
역량: capacity, competenc, capabilities
인구: population, demographic, depopulat, depopulation
선거: election, elections
체제: regime
방향: direction, directions, orientation
공정: fair, fairness, impartial
교부: allocat, allocate, allocation, disburse, disbursement, distribute
정수: number of members
여객: passenger, passengers
일반: ordinary
국민: nationals
강원특별자치도: gangwon special self-governing province, gangwon province
규제: regulat, regulatory, deregulation
선발: select, selection
글로벌: globalization
심의회: deliberative council, deliberative body
중등: secondary, secondary school
급식: school meals, meal, meals, catering
농산물: agricultural products, crops, produce
공급: supply, supplier, supplied
탄소: carbon
녹색: green
자연환경: natural environment
경관: landscape, scenery, scenic
용지: site, sites, land for
예술: art, arts, artistic
의료인: medical personnel, doctor, doctors, physician, physicians, nurse, nurses
조사: survey, inquiry, investigation of
경석: scoria, volcanic stone, pumice
임대: lease, leasing, rent, rental
청문: hearings
장비: gear
법인: legal person, juridical person, legal entity, incorporated
등기: registry
지급: payment, payments, disburs, paid
세계: world, worldwide
보조: auxiliar, auxiliary, assistant
건축: architecture, architectural, building permit
통보: notify, notified, notification
폐기물: waste, wastes, garbage
면제: exempt, exemption, exempted, waiver, waive
선박: ship, ships, vessel, vessels, boat
행정시: administrative city, administrative cities
폐지: abolish, abolition, abolished, repeal
시장: mayor, mayors, market, markets
소송: lawsuit, litigation, legal action
분류: classification, categoriz
공모: open call, call for proposals, public offering, public contest
활동: activit, activity, activities
계급: ranks
정년: retirement age, age limit, mandatory retirement
감면: reduction, reductions, reduce, tax relief, tax reduction
귀속: attribution, vest, vested, revert, reversion
임원: board member, executives
직원: employee, employees, staff, staff member
지도: guidance, guide, guiding
어장: fishing ground, fishing grounds
도서관: library, libraries
식품: food, foods
안정: stability, stabiliz, stable
운송: carriage, shipping, haul, freight transport
수산: fishery, fisheries, marine products
개설: opening of, launch
약국: pharmacy, pharmacies, drugstore
장애인: disabled person, disabled persons, persons with disabilities, handicapped
피해자: victim, victims
제정: enact, enactment, enacted
고용: job, jobs, employment insurance
새만금: saemangeum
농생명: agri-bio, agro-life, agricultural life
의료원: medical center, medical centre
고령: aged, aging, ageing, older
친화: friendly, eco-friendly
임시: provisional, interim
개방: openness, opening up
효력: validity, in force, legal effect, effective
결원: vacancies
보충: supplement, supplementary, replenish, fill
명부: roster, list of candidates, eligibility list
부정: fraud, fraudulent, illicit, irregular, unjust
경력: career, careers, work experience
고충: grievance, grievances, hardship
경비: expenses
협의체: consultative body, consultation body
제척: recusal, recuse, exclusion from deliberation
회피: avoid, avoidance, abstain
엄수: strict observance, confidentiality, observe secrecy
세칙: detailed rules, bylaws of operation
실무: working-level, practical, practitioner
분권: decentraliz, decentralization, decentralisation
구축: building, buildup
일자리: job creation, employment opportunities
개선: improve, improvement, improving, betterment
감소: decrease, decline, declining, reduced
이전: relocat, relocation, relocate, move
체결: conclude, conclusion, sign, signed, enter into
공동: joint, jointly, common
통계: statistic, statistics, statistical
이념: ideology, ideal, philosophy
건전: sound, soundness
제도: institution, institutional, scheme of
개편: reorganiz, reorganization, restructur, restructuring
처우: treatment of, working conditions
기획단: planning group, planning office
상황: situation, circumstance
이행: fulfil, fulfill, fulfilment, compliance
운용: management of funds
전입: transfer in
편성: compile, compilation
부여: confer, conferred, assign, assigned, vest in
양여: cession, cede, transfer free of charge
효과: effect, effects, effectiveness
준공: completion of construction, completed construction
유학: study abroad, studying abroad
농촌: village, villages, farm village
축산물: livestock products
양식: aquaculture, fish farming, mariculture
보존: preservation of, conserved
자연: nature, natural
기후: climate
변화: changing
현황: current status, current state, present situation
바이오: bio, biotech, biotechnology, biohealth
국토: national territory, national land
사업자: business operator, operator, operators, entrepreneur
수소: hydrogen
소관: competent, in charge of
제외: except, exclusion of
일반직: general service
경찰관: policeman, policemen, cop, cops, police official
연수: in-service training, training course
풍력: wind power, wind energy, wind
경미: minor, slight, insignificant
채권: bond, bonds, receivable, creditor
확인: confirm, confirmation, verif, verify
서비스: service, services
방송: broadcast, broadcasting
송신: transmi, transmission, transmit
경상: ordinary expenses, recurrent
학생: student, students, pupil, pupils
비율: ratio, rate, proportion, percentage
수업: class, classes, lesson, lessons
입학: admission, admit, enrolment, enrollment, enrol, enroll
평화: peace city, island of peace, world peace
납부: payable, remit, paying in
펜션: pension, pensions
건축물: buildings, structures
미술: fine arts, painting
작품: artwork, works of art
관광지: tourist attraction, tourist destination, tourist site
출연: contribut, endowment
합병: merge, merged, merging, amalgamat
입법: legislat, legislative
반영: reflect, reflected
선거구: constituency, constituencies, electoral district
성과: performance, achievement, achievements
적격: suitab, fit for
전국: nationwide, nation-wide
보직: assignment, posting
분장: division of duties, allocation of duties
지방채: local bond, local bonds, municipal bond
설정: setting
범죄: criminal, offense, offence, offences, offenses
복제: clon, cloning, reproduc, replicat
시정: correct, correction, rectif, remedy
응시: examinee, examinees, sit the exam, take the examination
공무원법: civil service act, public officials act
물품: goods, commodity, commodities, supplies
기초: basic local, basic local government, basic-level
대책: countermeasure, countermeasures
조세: tax, taxes, taxation
부담금: charge, charges, levy charge
우대: preferential, preference, favorable treatment
옥외: outdoor
광고물: advertisement, advertisements, billboard, signboard
주택: housing, house, houses, home, homes, dwelling
자녀: offspring, sons and daughters
영어: english
특별법: special act
공사: construction work, construction works
수상: water sports, on water
레저: leisure
향토: hometown, native local
임업: forestry industry, silviculture
축산업: livestock industry, animal husbandry
수급: supply and demand
기계: machine, machines, machinery
해상: maritime, offshore, at sea
도로: road, roads, highway, highways, street, streets
분할: divide, divided, split, partition
역할: role, roles
품질: quality
낚시: angling, recreational fishing
어선: fishing vessel, fishing boat, fishing vessels
제품: product, products
전파: radio wave, radio waves, spectrum
입지: location, siting
중소기업: small and medium enterprises, small and medium-sized enterprises, sme, smes
인정: recogni, recognize, recognition, acknowledg
전속: exclusive
위생: sanitation, sanitary
가정: family, families, household, households
청소년: youth, adolescent, adolescents, teenager, teenagers
환자: patient, patients
도립: province-run, provincially run
공원: park, parks
직업: occupation, vocation, vocational, profession
차별: discriminat, discrimination
근로자: worker, workers, labourer, laborer
보상: compensat, compensation, compensate
하천: river, rivers, stream, streams
부동산: real estate, immovable property
신고: declaration, declare, file a report
운행: driving, operation of vehicles
주차장: parking, car park, parking lot
연안: coast, coastal
해양: marine, ocean, oceans, sea
전북특별자치도: jeonbuk special self-governing province, jeonbuk province
부품: parts, component, components
인증: certif, certification, certified, accredit, accreditation
창업: start-up, startup, startups, entrepreneurship
기부: donat, donation, donations
금품: money or valuables, valuables, bribe, bribes
모집: solicit, solicitation, fundraising
분석: analys, analysis, analyze, analyse
공개경쟁: open competitive, open competition
합격자: successful candidate, successful candidates, passer
우선: priority, prioritiz, first priority
벌금형: sentenced to a fine
선고: sentence, sentenced
행위자: offender, offenders, perpetrator
비위: misconduct, wrongdoing, irregularit
합격: pass, passed, passing
부가금: surcharge, additional charge
기획: planner, planning and coordination
조정관: coordinator
광역수사단: metropolitan investigation unit
청취: listen, listening
부문: division of, sectoral
포상: award, awards, reward, rewards
균형성장: balanced growth
창출: generate, generation of
여건: condition, conditions
거점: hub, hubs, stronghold
물류: logistics
시책: initiatives
기회: opportunity, opportunities
상생: win-win, coexistence, mutual growth
선정: selected, selecting
부처: government ministries, ministries and agencies
초광역: supra-regional, megaregion, mega-region, superregional
권역: bloc, sphere, regional bloc
사업단: project group, project team
산정: calculat, calculate, calculation, computat
부의장: vice chair, vice-chair, vice chairman, vice-chairman, vice speaker
점검: check, checks, monitor, monitoring
연차: yearly, annual leave
지역지원계정: regional support account
특별회계: special account, special accounts
일시: temporarily, one-time, lump sum
차입금: borrowings, debt
차등: differential, differentiat, graduated, graded
포괄: blanket, inclusive, en bloc
중복: duplicat, duplicate, overlap, overlapping, double
신청: applicant, applicants, apply for
이월: carry over, carryover, carried over, roll over
잉여금: surplus, surpluses
재원: financial resources, funding source, funding sources, revenue source
대회: tournament, games, championship, championships
미래산업: future industry, future industries
협동조합: cooperative, cooperatives, co-op
활력: vitality, vigor, vigour
접경: border, borders, border area
칡한우: chikhanwoo, striped korean cattle
무역: trading, commerce
배후: hinterland, back-up
조업: fishing operations
생태: ecolog, ecology, ecological, ecosystem, ecosystems
복원: restor, restoration, restore
군사: military
기지: military base, base station
헬스: healthcare industry, wellness
실태: actual condition, fact-finding, actual state
폐광: abandoned mine, closed mine, mining area, mine, mines
석탄: coal
민관: public-private, public and private
산림청: korea forest service, forest service
국유림: national forest, state forest, state forests
핵심: core
광물: mineral, minerals
해촉: discharge, discharged, relieve, relieved
지원단: support group, support team
최저: minimum
한도: ceiling, cap, maximum
고시: public notice, publicly notify, gazette
인가: authoriz, licens, license, licence
면세품: duty-free, duty free, tax-free goods
판매: sales, selling of, seller
사증: visa, visas
추천서: letter of recommendation, recommendation letter
신원: background check, identity verification
보증: surety, guarantor, warranty
대외: external, outward
수단: instrument, instruments, tool, tools
자율학교: autonomous school, autonomous schools
세부: detail, details, detailed
내국인: korean nationals, domestic nationals
학년도: academic year, school year
학년: grade level
연한: years of service, minimum service period
교과: curriculum, curricula, subject matter
도서: book, books, textbook, textbooks, islands
전학: school transfer, change schools
교직원: school staff, teachers and staff
배치: deploy, deployment, deployed, allocate staff
국유재산: state-owned property, national property, state property
갱신: update, renewal of permit
투자자: investor, investors
카지노: casino, casinos
조건: terms and conditions, requirement of
금액: amount, amounts, sum
액화석유가스: lpg, liquefied petroleum gas
반출: export, exports, take out, taking out
발생: occur, occurrence, arise, arising, incurred, outbreak
취득세: acquisition tax
고유: unique, inherent, intrinsic
식별: identif, identification, identify
예고: advance notice, pre-announce
부시장: vice mayor, deputy mayor
중앙: centrally
단계: stage, stages, phase, phases
행사: exercise, exercising, exercised
대행: proxy, on behalf
확정: finaliz, finalize, finalise, confirmed
통지: inform, informed
획정: demarcat, delimit, draw boundaries
의정: legislative activities, parliamentary
활동비: activity expenses, activity allowance
청문회: confirmation hearing, hearing session
직군: occupational group, occupational groups
직렬: job series, occupational series
인건비: labor cost, labor costs, labour costs, personnel expenses, payroll
총액: total amount
계약: contract, contracts, contractual
성과주의: performance-based, merit-based
승급: step increase, pay step
상여금: bonus, bonuses
단위: unit, units
지방자치법: local autonomy act
지원청: district office of education, education support office
교육장: head of the education office, education office head
교부금: grant-in-aid, grants-in-aid, transfer payments
교육비: education expenses, tuition
전출: transfer out
단장: corps commander, leader, head of the corps
목표: target, objective, objectives
발견: discover, discovered, discovery
규칙: rule, rules
지방세: local tax, local taxes
세액: tax amount
세율: tax rate, tax rates
민자: private capital, private investment
유치: attract, attracting, attraction, host
만료: expir, expire, expiry, expiration
일괄: in bulk, collectively, batch
수용: expropriat, expropriation, compulsory acquisition, accommodate
취득: acquir, acquire, acquisition
이주: migrat, migration, resettle, resettlement
매도: sell off, seller of
인근: nearby, neighbouring, neighboring, adjacent, vicinity
해지: terminat, termination, terminate
사무소: branch office, local office
정관: articles of incorporation, charter
대리인: agent, agents, representative of
대표: representative, represent, representatives
이사회: board of directors
임면: appointment and dismissal
누설: divulge, divulged
유사: similar, analogous
조달: procur, procurement, procure
대부: lend, lending, loan, loans
결산: settlement of accounts, closing of accounts, annual settlement
연도: fiscal year
차입: borrow, borrowing
입국: entry, enter korea
업자: trader, traders
어린이집: daycare, childcare center, nursery
무상: free of charge, gratuitous
경제자유구역: free economic zone
인상: raise, raised
숙박업: lodging, accommodation business
등급: grade, grades, rating
사업체: business entity, establishment
계획안: draft plan
여행객: traveler, travelers, traveller, travellers
관세: customs, tariff, tariffs
환급: refund, refunds
골프장: golf course, golf courses
입장: entrance, admission fee
공연: performing, concert, concerts
영상: video, visual, image
영화: film, films, movie, movies, cinema
비디오물: videos
뉴스: news
신문: newspaper, newspapers
잡지: magazine, magazines
간행물: publication, publications, periodical, periodicals
체육: sport, sports, athletic, physical education
임산물: forest products
여성농어업: women farmers
운영비: operating expenses, operating costs
식물: plant, plants, flora
반출입: import and export, carrying in and out
수의사: veterinarian, veterinarians, vet
지불: disbursing
소득: income, earnings
어촌: fishing village, fishing villages
어항: fishing port, fishing harbor
벤처: venture, ventures
집적: agglomerat, concentration
구매: purchase, buy, buying
창의: creativ, creative, creativity
공장: factory, factories
수탁: trustee, consignee, entrusted with
전기: electric, electricity, electrical
액화: liquef, liquefied
석유: petroleum, oil
가스: gas
면허: licensing, licensed
소지자: holder, holders
종사: engag, engaged
표시: label, labelling, labeling, display, indicat, indication, mark
대면: face-to-face, in-person
협진: collaborative treatment, joint treatment
진료소: clinic, clinics
부대사업: ancillary business
응급: emergency medical, first aid
공중위생: public hygiene
보육: childcare, child care
정신: mental, psychiatric
입양: adopt, adoption, adopted
임산부: pregnant, pregnant women
편의: convenience, amenity, amenities
장사: funeral, funerals, burial
성매매: prostitution, sex trade
부모: parent, parents
가족: family members
대상자: beneficiary, beneficiaries
참전: war veteran, war veterans
민주: democra, democracy, democratic
고엽제: agent orange
제대: discharged soldier
군인: soldier, soldiers, military personnel
심판: adjudicat, adjudication, tribunal, trial
총량: total quantity, total volume
중심: centered, centred, hub of
구현: realiz, realise, realize
곶자왈: gotjawal
절대: absolute, absolutely
상대: relative, counterpart
원상회복: restitution, restore to original state
적성: aptitude
매수: purchasing
야생: wild, wildlife
생물: organism, organisms, species, biological
도지사: governor, governors, provincial governor, do governor
습지: wetland, wetlands
대기: air, atmosphere, atmospheric
소음: noise
진동: vibration
하수: sewage, wastewater
분뇨: excreta, night soil, human waste
토양: soil
취수: water intake
중지: discontinu, discontinue, cease
지하: underground, subterranean
수자원: water resources
오염: pollut, pollution, contaminat, contamination
관측: observation, observation, observatory
빗물: rainwater
대금: price, prices of goods
농업용수: agricultural water
온천: hot spring, hot springs
수도: waterworks, water supply
공인: chartered, accredited
노무사: labor attorney, labour attorney
능력: ability, abilities
노동조합: labor union, trade union, union
재해: accident compensation, industrial accident, calamity
보험: insurance
노동: labour, labor
측량: surveying, land survey
지적: cadastr, cadastral
시설물: structures and facilities
택지: housing site, residential land
주거: residential, residence
환수: recover, recovery, recoup, clawback, reclaim
도시공원: urban park, urban parks
녹지: green space, green area
건설업: construction industry
골재: aggregate, aggregates, gravel
채취: extract, extraction, quarry, quarrying
대여: rental of, lend out
조절: adjusting, regulating
화물: cargo, freight
궤도: track, tram, railway
교통안전: traffic safety
수면: water surface, public waters
매립: landfill, reclamation
물가: price level, inflation
수거: pick-up, retrieve, retrieval
파기: destroy, destruction, discard
결함: defect, defects, flaw
소비자: consumer, consumers
화장실: toilet, toilets, restroom
자전거: bicycle, bicycles, bike, bikes, cycling
위험물: hazardous material, hazardous materials, dangerous goods
취급: handled
다중: multi-use, crowded
업소: business premises
최소: minimal, least
출입국: immigration, entry and exit
미수범: attempted, attempt
몰수: confiscat, confiscation, forfeit, forfeiture
고발: accusation, criminal complaint, denounce
통고: notice of disposition
판로: sales channel, market access, outlet
곤충: insect, insects
한우: hanwoo, korean beef, korean cattle
소재: materials industry
기기: device, devices, appliance
동물: animal, animals
의약품: pharmaceutical, pharmaceuticals, drug, drugs
감염병: infectious disease, infectious diseases, epidemic, pandemic
대비: preparedness, readiness
대응: respond, response
권고: advise, advice, advisory
보급: dissemination, disseminate, spread
순환: circulat, recycl, circular
실증: demonstration, testbed, proof of concept, regulatory sandbox
재단: foundation
부대시설: ancillary facilities, auxiliary facilities
전지: battery cell
배터리: battery, batteries
성능: performance of
무인: unmanned, driverless
이동: movement, mobility, moving
케이팝: k-pop, kpop
프로젝트: project
야간: night, nighttime, night-time
문화유산: cultural heritage, heritage
귀농어: return to farming
귀촌: return to rural
청년: young
농업인: farmer, farmers
평생: lifelong
핀테크: fintech
간접: indirect
스마트: smart
제조: manufactur, manufacture
민방위: civil defense, civil defence
경보: alarm, alert, warning
건물: building
용수: water use, water for
화재: fires
취약: vulnerab, vulnerable
종자: seed, seeds
정착: settle, settlement
대중교통: public transport, public transportation
추가: additional
축소: downsiz, shrink, scale down
양육: child-rearing, upbringing
전자: electronic
기피: challenge, challenged
진술: statement, testimony
확립: entrench, firmly establish
정급: position classification, grading
시간: hours
단축: shorten, shortened
수습: apprentice, trainee, trainees
전직: reassign, reassignment, career change
겸임: concurrent, concurrently
평등: equal, equality
수험: exam-taker
가점: bonus points, extra points
공고: announcement, public announcement, advertise
장학금: scholarship, scholarships
방해: obstruct, obstruction, interfer, interference, hinder, disrupt
실비: actual expenses, out-of-pocket
별정직: special service
자진: voluntar, voluntarily
복무: military service, service duties
성실: sincer, diligen, good faith
복종: obey, obedience
직장: workplace
이탈: desert, desertion, deviat
친절: courtesy, courteous, kindness
종교: religion, religious
청렴: integrity, incorrupt, honesty
영예: honor, honour
품위: dignity, decorum
영리: profit-making, for-profit, commercial
겸직: concurrent office, outside employment, dual employment, side job
집단: collective, collectively
명예퇴직: honorary retirement, early retirement
설명서: explanatory statement, manual
공익: public interest
희망: wish, hope, desire
적극: active, proactive, actively
장려: encourag, incentiv, encourage, incentive, incentives
성적: score, scores, grades of
평정: rating of, performance rating, performance appraisal
능률: efficiency of, productivity
제안: propos, proposal, suggest, suggestion
표창: commendation, commendations
수수료: fee, fees
대변인: spokesperson, spokesman
감사관: inspector general
미래: future
형사: detective, criminal case
학장: dean
교무: academic affairs
원장: head of institute
교장: principal, headmaster
교수: professor, professors
직할: directly under, direct control
안보: national security
전기통신금융사기: voice phishing, phishing, telecommunications fraud
데이터: big data
담당관: officer in charge
가해: perpetrat, assault
수행: perform, performed, performing duties, carry out duties
서장: station chief, chief of police station
비상: emergencies
사태: state of emergency
경과: transition, transitional, elapse, elapsed
제재: sanctioned
순직: line of duty, killed in the line of duty
전사: killed in action
근속: continuous service, long service, seniority
마약: narcotic, narcotics
관여: involve, involvement, intervene, meddle
거짓: false, falsely, untrue
공상: injured on duty, injury on duty
피고: defendant
공직: public office, public service
장관: minister, ministers
한정: limited to
단서: proviso
내용: content, contents
위반: violat, violate, violation, breach, contravene, infringe
고려: consider, considered, take into account
위촉: commission members
의장: speaker, president of council
기본법: framework act
요건: requirement, requirements, prerequisite
작성: draft, drafting, write, written
마련: devising
효율: efficien, efficiency, efficient
사건: incident, incidents
직급: grade of position
군수: county governor, county head
검토: examining, examination of feasibility
노력: effort, efforts, endeavor, endeavour, strive
확보: secure, securing
총괄: general control, overall responsibility
특성: characteristic, characteristics, feature, features
지체: delay, without delay
고등학교: high school, high schools
용도: zoning use, land use
구체: concrete
특정: specified, particular person
축산: animal husbandry
면적: acreage, floor area, square meters
방안: measures to, action plan
담당: in charge
관서: government office
국장: director general, bureau director
연계: link, linkage, linked, connect, connection
농림: agriculture and forestry
의사: physician
별표: schedule, annex, appendix, attached table
형법: criminal act, criminal code, penal code
향상: enhance of, improvement of
인용: cite, quote, citation, uphold
징역: imprisonment, prison, jail
삭제: delete, deleted, deletion
서류: document, documents, paperwork
종전: previous, former
부령: ministerial decree, ministerial ordinance
초과: exceed, exceeding, excess
벌금: fined
처벌: punish, punishment, punished
재직: incumbent, in office
적합: appropriat, conform, conformity
이유: reason, reasons
공직선거법: public official election act, election act
법무부: ministry of justice
본인: oneself, himself, herself
연장: prolong, prolongation, extended
상호: mutual, mutually, reciprocal
청장: commissioner of the agency
대한민국: republic of korea
사정: circumstances
원활: smooth, smoothly
책임: liability, liable, accountab
경쟁력: competitiveness
고등: higher, higher education
수익: profit, profits, proceeds
융자: financing loan, loans for
상응: corresponding, commensurate
일정: certain period
부담: burden, bear
하수도: sewer, sewerage
예정: planned, scheduled
경쟁: compet, competition, competitive
강등: demot, demotion
광역시: metropolitan city, metropolitan cities
지속: sustain, sustainable, continu, persist
생산: production, produce
달성: achiev, attain
대통령: president, presidential
실적: track record, results achieved
입주: move in, occupancy, tenant, tenants
사립: private school, private schools
병원: hospital, hospitals
금고: imprisonment without labor, confinement
위험: danger, risk, risks, hazard
합리: rational, reasonable
경험: experience, experienced
특별시: special city, seoul metropolitan
적정: adequate, proper
공개: public disclosure, publicize, disclose
기여: contribution of
경영: managerial, business management
보건복지부: ministry of health and welfare
손실: loss, losses
소유: ownership, owned
예우: honorable treatment, courtesy treatment
완료: complete, completed
전입금: transferred funds
중학교: middle school, middle schools
유예: defer, deferral, grace period, deferment
고지: notice of, notify the taxpayer
완화: ease, easing, relax, relaxation, alleviat, mitigat
국내외: at home and abroad, domestic and foreign
별도: separately
사전: in advance
임직원: officers and employees
지식: knowledge
초등학교: elementary school, primary school
단속: crackdown
파면: removal, expulsion
정직: suspension from office
미만: less than
구청장: head of gu, district head, ward mayor
판단: judgment, judgement
개인: individual, individuals, personal, private individual
민간: private, private sector
졸업: graduat, graduate, graduation
부위원장: vice chairperson, vice-chairperson, deputy chair, vice-chairman of the committee
위치: located, position of
점용: occupy, occupancy permit, occupation of roads
차관: vice minister, deputy minister
어업: fishing
보유: possess, retain, possession
도로교통법: road traffic act
충족: satisf, satisfy, meet the requirements
개량: upgrade, breeding
배출: emission, emissions, emit
상환: repay, repayment, redemption
거부: refus, refuse, refusal, reject, rejection, deny, denial
곤란: difficult, difficulty
전보: reassignment of post
제기: lodge, lodged, raise an objection
사기: morale
긴급: urgent, urgency
전문가: specialists
구조: rescue, structural
통신부: ministry of science and ict
학식: learning, erudition
학예: curatorial, arts and sciences
종료: terminat, conclusion of, ended
설비: equipment and facilities, installations
부대: incidental, military unit
출국: departure, leave the country
상담: counsel, counseling, counselling
상당: considerable, equivalent
등재: listing, listed
총경: police superintendent
부지사: vice governor, deputy governor
서명: signature, signatures
해소: resolve, resolution of, eliminate
수요: demand for
실현: realization
신설: newly established, newly created
합의: consensus, mutual agreement
제고: raise awareness, heighten
교육청: office of education, education office
경위: police inspector
가산: extra, additional points
통신망: network, networks, telecommunications network
자치구: autonomous district, autonomous districts
소재지: seat, location of office
외부: outside, outsider, outsiders
소멸: extinguish, extinction, lapse, lapsed
출장소: branch office of
진행: proceed, proceedings, progress
고위: senior, high-ranking
상한: upper limit, cap on
부지: site for, land site
과징금: penalty surcharge, surcharge
인공: artificial, artificial intelligence
체납: arrears, delinquent, overdue, default
공항: airport, airports
일수: number of days
보안: information security, cybersecurity
준수: comply, compliance, abide, adhere, observe, observance
장소: venue, venues
연구소: institute, research institute
전환: convert, conversion of, switch, transition to
개시: commence, commencement, begin, initiat
감사원: board of audit and inspection
도민: provincial residents
주변: surrounding, periphery
관리청: managing authority, managing agency
각급: all levels
당사자: litigant, parties concerned
국방부: ministry of national defense, defense, defence
파출소: police box, police substation
순위: ranking, rankings
과세: taxable, tax base
판결: ruling, verdict, court ruling
중대: serious, grave
질병: disease, diseases, illness, sickness
공소: prosecution, indictment, indict, indicted
공소청: public prosecution office
안건: agenda, agenda item
찬성: in favour, in favor
이바지: contributing
발굴: excavat, unearth, scout
시기: timing
학력: educational background, academic qualification
수의: veterinary
간사: secretary
원리금: principal and interest
법규: legal rules
개혁: reform, reforms
열람: peruse, inspection of documents, access to records
의뢰: referral, referred
매입: purchased, purchase of
편입: annex, annexation, incorporation into
지상: above ground
학위: degree, diploma
합산: aggregat, combined total, add up
형질: change of land, land form
접수: receipt
영업: business operations
사이버: cyber, online
서면: in writing, written form
과제: challenges
위기: crisis, crises
유통: distribution, circulation
가치: value, values
보완: complement, complementary
파산: bankrupt, bankruptcy, insolven, insolvency
벌채: logging, felling, deforest
국립: state-run, national university
제거: remove, removed
홍보: publicity, public relations, advertis
항공기: aircraft, airplane, airplanes
지원금: subsidy grant, financial support
표지: signs, signage, marker
정책관: policy officer
사고: accident, accidents
지명: place name, place names
불리: unfavourable, unfavorable, detriment
전년도: previous year, preceding year
지장: hindrance, impediment
졸업자: graduates
특별조치법: special measures act
수입: , importation, imported goods
자질: qualities, aptitude of
답변: answer, reply, replies
공보: official gazette
착수: launched
자연공원: natural park, natural parks
증명서: certificate, certificates
이수: completing course
유치원: kindergarten, kindergartens
매매: purchase and sale, buying and selling
공익사업: public works, public project
상품: merchandise
소통: communicat
권리: right
구조물: structure
민원: complaint, complaints, civil petition, civil complaint
정도: degree of
급여: benefit payments, salaries
수리: repair, repairs
수질: water quality
소년: boy, boys, minor offender
조화: harmony, harmoniz, harmonious
상수도: water supply system, tap water
시스템: systems of
건의: petition to, recommend to
청사: government building, office building
상실: forfeit
실천: practice, practise
마을: community, communities
농어업: agriculture and fisheries, farming and fishing
임대료: rent fee, rental fee
총리: premier
선도: pioneer
보궐: by-election, by-elections
부서: department, departments
장기: long-term
부교육감: deputy superintendent
소유자: owner, owners
조합: association of, cooperative union
백두대간: baekdudaegan
함양: fostering of, cultivation of
공립: public school, public schools
체험: hands-on, experiential
자문: advisory, consultative
부가: value-added, additional tax
훼손: damage, damaged, impair
평가서: assessment report
매설: bury, buried, laying of pipes
전통: tradition, traditional
제조업: manufacturing industry, manufacturing
위해: harm, harmful
표준: standardiz
가액: assessed value, valuation
이사장: chairperson of the board, board chair
첨부: attach, attached, attachment
교사: teacher, teachers
학사: academic administration
출연금: contributions
감정: appraise, appraiser
부패: corrupt, corruption
자격증: certificate of qualification, license certificate
국제학교: international school, international schools
기록: record, records, recorded
유효: valid
금전: monetary, cash
공무: official duties, official business
부상: injury, injuries, injured, wound
충청남도: chungcheongnam, south chungcheong
농생명지구: agri-bio zone, agricultural life zone
투표: vote on
지방의회: local council, local councils, local assembly
주민투표: referendum, referendums, local referendum
주민소환: recall vote, recall of officials
산업단지: industrial complex, industrial park, industrial estate
재생에너지: renewable energy, renewables
영향평가: impact assessment, impact assessments
공유재산: public property, publicly owned property, public assets
지방공무원: local public official, local public officials, local civil servant, local civil servants, local government official
국가공무원: state public official, state public officials, national public official, national civil servant
개인정보: personal information, personal data
인공지능: artificial intelligence, ai
고용보험: employment insurance
국토교통부: ministry of land, ministry of land infrastructure and transport
해양수산부: ministry of oceans and fisheries
행정안전부: ministry of the interior and safety, interior ministry
행정안전부장관: minister of the interior and safety
교육부: ministry of education
환경부: ministry of environment
고용노동부: ministry of employment and labor
연구개발특구: research and development special zone, innovation district
기회발전특구: opportunity development special zone
교육지원청: district office of education
국무회의: state council, cabinet meeting
균형발전: balanced development, balanced national development
자치분권: autonomy and decentralization, self-governing decentralization
지방교육: local education
교육자치: educational autonomy, education autonomy
인사교류: personnel exchange
감사위원회: audit committee
소방공무원: fire officials, firefighting officials
교육공무원: educational public officials, education officials
도교육감: provincial superintendent of education
국가경찰사무: national police affairs
광업: mining
연금: pension fund, public pension
수출: exporting
부가가치: value added
자율주행: autonomous driving, self-driving
회계연도: fiscal years, accounting year
명칭: official name, naming
종류: category, categories, variety
발급: issuance, issued
사실: factual
지위: legal status
제시: put forward
하위: lower-ranking
한국: south korea
형태: format
기존: pre-existing
업무: workload, work duties, duties and tasks, business affairs
재생: regenerat, regeneration, renewable
에너지: energy, energies
수사부: investigation department, investigation division
세종특별자치: sejong special self-governing
세종특별자치시: sejong special self-governing city, sejong city
제주자치도: jeju self-governing province
공수: public veterinarian, public veterinarians
항목: budget item, line item
납부금: levy payments, payment charge
사무국: bureau, secretariat office
관련자: persons involved, persons concerned
경무부: police administration department
안전부: public safety department
생활안전부: community safety department
세종특별자치시의: sejong city council
초광역추진협의체: supra-regional promotion council
정립: realign, realignment
세종특별자치시계정: sejong account, sejong special account
소요: required funds, requisite
협동: collaborative, cooperative education
예정자: prospective
선임: retain a lawyer, engage a lawyer, retained
유의: sequelae, aftereffects
공중: public toilet, public toilets
국적자: dual national, dual nationals, multiple nationality
휴직자: persons on leave, employee on leave, official on leave
장기훈련자: long-term trainee, long-term trainees
경무: police administration
기획관: planning officer, director for planning
범죄예방대응국: crime prevention and response bureau
생활안전교통국: community safety and traffic bureau
정보국: intelligence bureau
수사본부: investigation headquarters
수사국: investigation bureau
안보수사국: security investigation bureau
치안정책연구소: police policy research institute
경비부: security department, guard department
정보부: intelligence department
범죄예방대응부: crime prevention and response department
생활안전교통부: community safety and traffic department
통합대응단: integrated response unit, integrated response team
국가수사본부장: head of the national office of investigation, director of the national office of investigation
세종특별자치시지원위원회: sejong support committee
부장: head of department, department head
축산: livestock farming, stockbreeding
관장: preside, presides, presiding
국무: state affairs
중소: small and medium, small and medium-sized
보고서: written report
고령자: elderly persons, elderly people, senior citizens
계획서: plan document, written plan
참석: attendee, attendees, be present
개별: individually, case-by-case
우려: concern about, fear of, feared
수준: standard of living
강원자치도: gangwon self-governing province
전북자치도: jeonbuk self-governing province
경기도: gyeonggi province
유아교육법: early childhood education act
교육법: education act
지방교육재정교부금법: local education finance grants act
특례법: special cases act
무기: firearm, firearms
"""


_NOT_NOUN_ENDINGS = ("s", "ed", "ing", "ly", "al", "ic", "ous", "ive", "ful", "able", "ible", "ary")
_NOT_NOUNS = frozenset("to of in on up out over for by from with into off abroad free".split())
"""A phrase also matches with an -s on its last word ('special zone' → 'special zones'),
unless that word does not look like a noun."""


def _build() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    words: dict[str, list[str]] = {}
    phrases: dict[str, str] = {}
    for line in _SOURCE.strip().splitlines():
        korean, _, english = line.partition(":")
        korean = korean.strip()
        for item in english.split(","):
            item = " ".join(item.lower().split())
            if not item or item in GENERIC:
                continue
            if " " in item:
                phrases.setdefault(item, korean)
                last = item.rsplit(" ", 1)[-1]
                if last not in _NOT_NOUNS and not last.endswith(_NOT_NOUN_ENDINGS):
                    phrases.setdefault(item + "s", korean)
            else:
                terms = words.setdefault(item, [])
                if korean not in terms and len(terms) < MAX_TERMS:
                    terms.append(korean)
    return {k: tuple(v) for k, v in words.items()}, phrases


HEADING_EN_KO: dict[str, tuple[str, ...]]
"""English word or stem → Korean lemmas (Kiwi forms, BM25 tokens of the corpus)."""
HEADING_PHRASES_EN_KO: dict[str, str]
"""Multi-word English names and terms → the Korean term the statutes use."""
HEADING_EN_KO, HEADING_PHRASES_EN_KO = _build()
