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
becomes a phrase of :data:`HEADING_PHRASES_EN_KO` (a two-word phrase also in
the plural). A word listed under several lemmas maps to all of them (at most
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
지구: zone, zones, promotion district, development district, special district
관광: tourism, tourist, tourists, sightseeing
육성: nurture, fostering, cultivate, cultivation
환경: environment, environmental
감사: auditor, auditing
적용: apply, applies, application, applicab, applicable
인사: human resources, personnel management
수립: devise, draw up
도시: urban, town
금지: prohibit, prohibition, prohibited, ban, banned, forbid, forbidden
시설: infrastructure facilities, premises
위원: commissioner, commissioners, committee member, committee members
주민: inhabitant, inhabitants, local residents
행정: administration, governance
직무: job, job duties
징계: sanction, sanctions, disciplinary action, disciplinary measure, reprimand
학교: schools
단지: complex, industrial complex, cluster
이용: usage, utilization, utilisation
벌칙: penalty, penalties, penal, punitive, penal provisions
법률: legislation, statutory
평가: assessment, assess, appraisal
조성: create, creating
허가: permit, permits, permission, authorization, authorisation
예산: budgetary, budgets
설립: founding, founded
외국인: foreigner, foreigners, foreign national, foreign nationals, alien, aliens
종합: comprehensive, overall, master plan
시행: enforce, enforcement, come into force, enter into force, effective date
보전: conservation, conserve, preservation, preserve
조직: structure, organisational, organizational
처리: handle, handling, disposal, dispose
사유: ground, grounds, cause, causes
국제: global, internationally
승진: advancement, promoted
의무: obligation, obligations, obliged, obligatory
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
추진: pursue, pursuit, push forward
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
유지: preserve
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
결정: determination
연구: study, studies, researcher
취소: cancel, cancellation, revoke, revocation, revoc, rescind
승인: approve, approval, approved
의제: deem, deemed, legal fiction
농어촌: rural, countryside, farming and fishing villages, rural areas
방지: avert, avoidance
분야: field, fields, sector, sectors
교육감: superintendent of education, superintendent of the office of education, education superintendent, superintendent
우수: excellent, outstanding, meritorious, distinguished, top performer, high performer, best performer
토지: land, lands, plot, plots
등록: register, registration, registered
유공자: distinguished service, patriots, persons of distinguished service, veteran, veterans
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
보수: remuneration, wage, wages
근무: service, on duty
해제: release, lift, lifting, lifted, rescission
기간: period, periods, duration
정원: quota, authorized strength, headcount, staffing, fixed number
퇴직: resign, resignation, retiring
소환: recall, summon, summons
증진: enhance, enhancement, furtherance
치안: public order, policing
경찰: policing
생활: living, daily life, livelihood
교통: transport, transportation
의견: view, views, comment, comments
정책: policies
성장: growth, grow, growing
협의: consultation, discuss, discussion, negotiat
기반: foundation, infrastructure, platform
확충: expansion, expand, reinforcement
강화: strengthen, strengthening, reinforce, tighten, bolster
정보: intelligence
특구: special zone, special zones, free zone
협약: agreement, agreements, convention, pact
확대: extend, extension, enlarge, increase, broaden
배제: exclusion, exclude, excluded
의원: councillor, councilor, councilors, lawmaker, legislator, assemblyman, assembly member
협조: collaborate
자율: voluntary, self-regulat, discretion, discretionary
세입: revenue, revenues
교부: allocat, allocate, allocation, disburse, disbursement, distribute, grant, grants, granted
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
행위: behavior, behaviour, deed
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
변경: change, changes, alter, alteration, modif, modify, changing, changed
법령: laws and regulations, statutes
국유: state-owned, national property, state property
문책: censure, reprimanded, accountability
특화: specializ, specialise, niche
시행자: implementer, project implementer, project operator
대체: replace, replacement, substitut, alternative
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
수산업: fisheries, fishing industry
건강: healthy, health
보훈: veterans affairs, patriots and veterans, veteran, veterans
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
방향: orientation
공정: fair, fairness, impartial
정수: number of members
여객: passenger, passengers
일반: ordinary
국민: nationals
강원특별자치도: gangwon special self-governing province, gangwon province
규제: regulat, regulatory, deregulation
선발: select, selection
글로벌: globalization, global
심의회: deliberative council, deliberative body
중등: secondary, secondary school
급식: school meals, meal, meals, catering
농산물: agricultural products, crops, produce
공급: supply, supplier, supplied
탄소: carbon
녹색: green
자연환경: natural environment
경관: landscape, scenery, scenic
용지: site, sites
예술: art, arts, artistic
의료인: medical personnel, doctor, doctors, physician, physicians, nurse, nurses
조사: survey, inquiry
경석: scoria, volcanic stone, pumice
임대: lease, leasing, rent, rental
청문: hearings
장비: gear
법인: legal person, juridical person, legal entity, incorporated
등기: registry, registration
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
개설: launch
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
효력: validity, in force, legal effect, effective, effect
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
엄수: strict observance, observe secrecy
세칙: detailed rules, bylaws of operation
실무: working-level, practical, practitioner
분권: decentraliz, decentralization, decentralisation
구축: building, buildup
일자리: job creation, employment opportunities
개선: improve, improvement, improving, betterment
감소: decrease, decline, declining, reduced
이전: relocat, relocation, relocate, move
체결: conclude, conclusion, sign, signed
공동: joint, jointly, common
통계: statistic, statistics, statistical
이념: ideology, ideal, philosophy
건전: sound, soundness
제도: institution, institutional
개편: reorganiz, reorganization, restructur, restructuring
처우: working conditions
기획단: planning group, planning office
상황: situation, circumstance
이행: fulfil, fulfill, fulfilment, compliance
운용: management of funds
편성: compile, compilation
부여: confer, conferred, assign, assigned
양여: cession, cede, transfer free of charge
효과: effect, effects, effectiveness
준공: completion of construction, completed construction
유학: study abroad, studying abroad
농촌: village, villages, farm village
축산물: livestock products
양식: aquaculture, fish farming, mariculture
보존: conserved
자연: nature, natural
기후: climate
변화: changing
현황: current status, current state, present situation
바이오: bio, biotech, biotechnology, biohealth
국토: national territory, national land
사업자: business operator, operator, operators, entrepreneur
수소: hydrogen
소관: competent
제외: except
일반직: general service
경찰관: policeman, policemen, cop, cops, police official
연수: in-service training, training course
풍력: wind power, wind energy, wind
경미: minor, slight, insignificant
채권: bond, bonds, receivable, creditor
확인: confirm, confirmation, verif, verify
서비스: service, services, service industry, services industry
방송: broadcast, broadcasting
송신: transmi, transmission, transmit
경상: ordinary expenses, recurrent
학생: student, students, pupil, pupils
비율: ratio, rate, proportion, percentage
수업: class, classes, lesson, lessons
입학: admission, admit, enrolment, enrollment, enrol, enroll
평화: peace city, island of peace, world peace
납부: payable, remit
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
적격: suitab
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
부문: sectoral
포상: award, awards, reward, rewards
균형성장: balanced growth
창출: generate
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
신청: applicant, applicants
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
판매: sales, seller
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
조건: terms and conditions
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
매도: sell off
인근: nearby, neighbouring, neighboring, adjacent, vicinity
해지: terminat, termination, terminate
사무소: branch office, local office
정관: articles of incorporation, charter
대리인: agent, agents
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
사업체: business entity
계획안: draft plan
여행객: traveler, travelers, traveller, travellers
관세: customs, tariff, tariffs
환급: refund, refunds
골프장: golf course, golf courses
입장: entrance, admission fee
공연: concert, concerts
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
수탁: trustee, consignee
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
중심: centered, centred
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
대여: lend out
조절: adjusting, regulating
화물: cargo, freight, truck, trucks, lorry, lorries
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
최소: minimal
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
용수: water use
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
복무: service, military service, service duties
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
성적: score, scores
평정: performance rating, performance appraisal, performance evaluation, performance review, performance assessment
능률: productivity
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
수행: perform, performed, performing duties, carry out duties, performance
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
방안: action plan
담당: in charge
관서: government office
국장: director general, bureau director
연계: link, linkage, linked, connect, connection
농림: agriculture and forestry
의사: physician
별표: schedule, annex, appendix, attached table
형법: criminal act, criminal code, penal code
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
융자: financing loan
상응: corresponding, commensurate
일정: certain period
부담: burden, bear
하수도: sewer, sewerage
예정: scheduled
경쟁: compet, competition, competitive
강등: demot, demotion
광역시: metropolitan city, metropolitan cities
지속: sustain, sustainable, continu, persist
생산: production, produce
달성: achiev, attain
대통령: president, presidential
실적: track record, results achieved
입주: occupancy, tenant, tenants
사립: private school, private schools
병원: hospital, hospitals
금고: imprisonment without labor, confinement
위험: danger, risk, risks, hazard
합리: rational, reasonable
경험: experience, experienced
특별시: special city, seoul metropolitan
적정: adequate, proper
공개: public disclosure, publicize
경영: managerial, business management
보건복지부: ministry of health and welfare
손실: loss, losses
소유: ownership, owned
예우: honorable treatment, courtesy treatment
완료: complete, completed
전입금: transferred funds
중학교: middle school, middle schools
유예: defer, deferral, grace period, deferment
고지: notify the taxpayer
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
위치: located
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
종료: terminat, ended
설비: equipment and facilities, installations
부대: incidental, military unit
출국: departure, leave the country
상담: counsel, counseling, counselling
상당: considerable, equivalent
등재: listing, listed
총경: police superintendent
부지사: vice governor, deputy governor
서명: signature, signatures
해소: resolve, eliminate
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
외부: outsider, outsiders
소멸: extinguish, extinction, lapse, lapsed
진행: proceed, proceedings, progress
고위: senior, high-ranking
상한: upper limit
부지: land site
과징금: penalty surcharge, surcharge
인공: artificial, artificial intelligence
체납: arrears, delinquent, overdue, default
공항: airport, airports
일수: number of days
보안: information security, cybersecurity
준수: comply, compliance, abide, adhere, observe, observance
장소: venue, venues
연구소: institute, research institute
전환: convert, switch
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
매입: purchased
편입: annex, annexation
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
수입: importation, imported goods
자질: qualities
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
급여: benefit payments
수리: repair, repairs
수질: water quality
소년: boy, boys, minor offender
조화: harmony, harmoniz, harmonious
상수도: water supply system, tap water
청사: government building, office building
상실: forfeit
실천: practice, practise
마을: village community, rural village, hamlet
농어업: agriculture and fisheries, farming and fishing
임대료: rent fee, rental fee
총리: premier
선도: pioneer
보궐: by-election, by-elections
부서: department, departments
장기: long-term
부교육감: deputy superintendent
소유자: owner, owners
조합: cooperative union
백두대간: baekdudaegan
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
선임: retain a lawyer, engage a lawyer
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
우려: concern about, feared
수준: standard of living
강원자치도: gangwon self-governing province
전북자치도: jeonbuk self-governing province
경기도: gyeonggi province
유아교육법: early childhood education act
교육법: education act
지방교육재정교부금법: local education finance grants act
특례법: special cases act
무기: firearm, firearms
비밀: secrecy
신규: newly
위임: entrust, entrusted, delegated authority
학대: abuse of children, maltreatment, child abuse
충원: filling vacancies, replenishment, staffing up
구성원: constituent member, members of the organization
연기: postpone, postponement, postponed
자본: capital investment, equity capital
사업장: workplace of business, business site, worksite
복리: welfare benefits, wellbeing
세목: tax item, tax items
낙후: underdeveloped, lagging, backward
해결: solve, solution, settle a dispute
시행일: effective date, date of enforcement
당연직: ex officio member, ex-officio
유발: induce, cause traffic, generate demand
지침: guideline, guidelines, directive
신청서: application form, written application
국외: outside korea, outside the country
전임자: predecessor, full-time official
현금: cash payment
인수: takeover, take over, acquisition of business
공간: space, spaces, spatial
포획: capture, capturing, hunting
갈등: conflict, conflicts, dispute
경찰서장: police station chief, head of police station
사용자: employer, employers
인원: number of persons
학과: department of study, academic department
내부: internal, internally, inside
국내: domestic market, within korea, nationally
회사: company law, corporations
폐쇄: closure, close down, closing
당원: party member, party members
취임: assume office, inauguration
재산세: property tax
법원: court, courts
작전: operations of police, tactical operation
제작: produce content
치과: dental, dentist
복귀: reinstatement, return to office, reinstate
과장: division director, section chief
배우자: spouse, spouses
무효: void, invalid, nullity, null
스토킹: stalking
자발: voluntarily participate, spontaneous
분담: share costs, cost sharing, apportion, apportionment
상태: state of affairs
지리: geography, geographical, geographic
계층: class of society, social class, vulnerable groups
수렴: gather opinions, collect opinions
취지: purport
고도: altitude, height limit, high-level
물질: substance, substances, chemical
통일: unification, reunification, unify
진단: diagnosis, diagnose
부족: shortage, lack, insufficient
업종: type of business, business type, industry sector
도세: provincial tax, provincial taxes
정무직: political post, political appointee
성별: sex, gender balance
실질: substantive, substantial, actual
잔여: remaining term, remainder, residual
변상: reimburse damages, indemnify
도면: drawings
일반인: general public, ordinary citizens
자본금: paid-in capital, capital stock
자연휴양림: recreational forest, natural recreation forest
치유: healing, therapy, therapeutic
초등: elementary, primary education
수학: mathematics, math
식품위생법: food sanitation act
수의사법: veterinarians act
보관: storage, store, keep records
영구: permanent, permanently
서식: habitat, habitats, form template
자치경정: autonomous police senior inspector
경감: police lieutenant, mitigation of penalty
경사: police sergeant, slope
관광객: tourists visiting, visitor, visitors
여권: passport, passports
탑승: boarding, board a plane
채널: channel, channels
이사: director of board, directors of the board
국어: korean language
학기: semester, term of school
재학: enrolled student, attending school
학칙: school rules, school regulations
편찬: compilation of textbooks, compile textbooks
숙박: accommodation, accommodations, lodging facility
연면적: total floor area, gross floor area
제주도: jeju island
사망: death, died, deceased, dies
지역구: local constituency, electoral constituency
복권: lottery, lotteries
유리: advantageous, favourable, favorable
국공립: national and public, state and public
해수: seawater, sea water
요양: medical care, nursing care, convalescence
부설: attached institute
샘물: spring water, bottled water
굴착: excavation, drilling, dig
수위: water level
번호판: license plate, number plate
복직: reinstatement to office, return from leave
면책: immunity, exemption from liability
성희롱: sexual harassment
외사: foreign affairs police, international crime
교통사고: traffic accident, traffic accidents, car accident
경범죄: petty offence, petty offense, minor offence
친족: relative by blood, relatives, kin
해산: dissolve, dissolution, disband
여비: travel expenses, travel allowance
성명: full name
원격: remote, remotely, telemedicine
용어: term definitions, terminology
배분: distribution of funds, apportion funds
존중: show respect, due respect
산촌: mountain village, mountain villages
국세: national tax, national taxes
경계: boundary, boundaries, border line
미달: fall short, below the standard
차액: difference in amount, balance due
대표자: representative person, representative of the corporation
주세: liquor tax
수입금: receipts, revenue earned
은행: bank, banks
전액: full amount, in full
검증: validate, validation
전산: computerized, information system, electronic processing
산림청장: commissioner of the korea forest service
지형: topography, terrain, landform
수도법: water supply act
천재지변: natural disaster, act of god, force majeure
승계: succession, succeed, inherit
사본: copy, copies, duplicate
공업용수: industrial water
자가: self-use, own use
수목원: arboretum, arboretums
야영장: campsite, camping ground, campground
중등학교: secondary school, secondary schools
디지털: digital
분양: sale of housing, lots for sale
국책: national project, state project
계승: inherit tradition
부과금: levy imposed, charges levied
국방: national defense, national defence
가격: price of goods, pricing
연료: fuel, fuels
복구: recovery from disaster, restore damaged
축조: build embankment, construct
개축: reconstruction, rebuild
손상: impairment
순경: police officer rank, patrolman
의견서: written opinion, opinion statement
보세: bonded, bonded area, bonded warehouse
민법: civil act, civil code
치료: treatment, cure
교감: vice principal, vice-principal
신용: credit, creditworthiness
어린이: children's, kids
운항: navigation, flight operation, sailing
증축: extension of building, enlarge a building
증명: proof, prove, certify
사법: judicial, judiciary, justice
사업소: business office, branch establishment
연봉: annual salary
즉시: immediately, at once, forthwith
공유지: public land
물건: thing, object
면세점: duty-free shop, duty free shop
광고: advertising
알선: brokerage, arrange
은닉: conceal, concealment, hide
사립학교: private school, private schools
사범: teacher training, normal school
수량: quantity, quantities
용역: service contract, services contract
농수산물: agricultural and fishery products
부작위: omission, inaction
폐수: wastewater discharge, effluent
배수: drainage
농약: pesticide, pesticides
품종: variety of crops, breed, cultivar
주식: stock, stocks, shares
조교수: assistant professor
증인: witness, witnesses
소명: explanation, vindication, justify
감봉: pay cut, salary reduction
후임자: successor
기록물: records management, archives
문서: official document
수색: search, searching
가출: runaway, running away from home
회의록: minutes, meeting minutes
수시: as needed, occasional
자립: self-reliance, self-sufficiency, independence
격차: gap, disparity, disparities
확산: spread, diffusion, proliferation
남북: inter-korean, south and north
잠재력: potential
대학원: graduate school
주체: actor, main body
후생: welfare of employees, fringe benefits
사용료: usage fee, royalty, fee for use
예외: exceptional case, exceptions
지표: indicator, indicators, index
정부조직법: government organization act
공영: public operation, publicly operated
국정: state affairs, national governance
분쟁: dispute, disputes, conflict resolution
역사: history, historical
교육세: education tax
교환: swap
융자금: loan funds
과목: subject, subjects
명세서: statement of details, itemized statement
중장기: mid-to-long-term, medium and long term
사후: ex post, after the fact, follow-up
급박: imminent, urgent situation
실효: lose effect
봉인: seal, sealed
전력: electric power, power supply
초지: grassland, pasture
시공: construction work, carry out construction
항로: sea route, shipping route, route
가공: processing, processed
징발: requisition
권익: rights and interests
철거: demolition, demolish, remove buildings
변동: fluctuation
외교부: ministry of foreign affairs
순서: sequence
심신: mental and physical, mind and body
현장: on-site, field work
호봉: salary step, pay grade
유원지: amusement park, recreation area
미합중국: united states
화폐: currency, money
판매장: sales outlet, store
처장: director of the office
증대: boost revenue
이자: interest rate
마케팅: marketing
관계인: interested party, person concerned
안내: information service, guide
도덕: moral, morality, ethics
선택: choose, choice, option, optional
전형: screening process, selection process
채택: adopt a resolution
강제: compulsory, forced, coercive
사장: president of company, ceo
판정: adjudge
동의안: consent motion, motion for consent
성과급: performance pay, performance bonus
요원: agent, agents
순찰: patrol, patrols, patrolling
즉결: summary trial, summary judgment
저해: hinder, impede, undermine
현행: current, existing law, in force now
범인: criminal suspect
산입: count toward
표준액: standard amount
종업원: employee of business
타인: another person, others, third party
박물관: museum, museums
미술관: art gallery, art museum
유산: heritage site, legacy
국제기구: international organization, international organizations
회원: member state
양수: transferee, acquire business
부당: unfair, unjust treatment, improper
동식물: fauna and flora, animals and plants
소비세: consumption tax
특별세: special tax
국도: national highway, national road
행정청: administrative agency, administrative authority
한라산: hallasan, mount halla
국립공원: national park, national parks
이용자: user, users
염지하수: saline groundwater
취업: job placement
청원: petition, petitions
지시: instruction, instruct
통행: passage, traffic passage, access road
무역항: trade port
피해: damage caused, harm suffered, victimization
권유: persuade, invite
범칙금: penalty payment, traffic fine
꿀벌: honeybee, bees
반납: give back
사무국장: secretary general, head of secretariat
헌법: constitution, constitutional
성범죄: sex crime, sexual offense, sexual offence
병역: military service obligation, conscription
공적: public contribution, official capacity
수령: receive payment
증여: gift, donation of property, bestow
지방공소청: district public prosecution office
양성평등: gender equality
발령: issuance of order, appointment order
책임운영기관: executive agency
상황실: situation room, operations room
공조: mutual assistance, joint investigation
서울특별시: seoul metropolitan city
수사단: investigation unit
수사관: investigator
본부장: head of headquarters, director general of headquarters
경장: senior police officer
자치경무관: autonomous police superintendent
사용: usage
검사: inspection test, health examination
전입: inbound transfer, move-in
성능: equipment performance, performance standards, battery performance
한정: solely
향상: improve, improvement, enhance
기여: contribut, contribute
수요: market demand, demand forecast, demand-side
출장소: field office, branch post
정도: extent
시스템: it system, computer system
건의: make a recommendation, suggestions
함양: cultivate
반입: bringing in, carrying in
위배: contravention, contravening
환원: reinvestment, returned
권장: advisable
회복: recuperat, regain
보증인: guarantor
투자가: investors
계산: calculate
자산: assets
진정: complaint
관광진흥: tourism promotion, promotion of tourism
투자진흥: investment promotion, promotion of investment
산업진흥: industrial promotion, industry promotion, promotion of industry
문화진흥: cultural promotion, promotion of culture
진흥지구: promotion district
보훈기금: veterans fund
운수사업: transport business, transportation business
화물자동차: freight vehicle, cargo truck
존속기한: expiry date, sunset clause
안보수사: security investigation
도시: large city, big city, large cities, big cities
"""

_EVERYDAY = """
임명: name to, named to, put in charge, pick, picks, picked
해촉: remove, removed, removing, removal of a member
면직: fire, fired, firing, sack, sacked, sacking, let go, laid off, lay off, oust, ousted, ouster, terminate, termination of employment, kick out, kicked out, removed from office, remove from office, remove, removed, removing
해임: oust, ousted, ouster, unseat, unseated, remove, removed, removing, fired, sacked
파면: expel, expelled, strike off, struck off, dishonourable discharge, dishonorable discharge, fired, sacked
직위해제: relieved of duty, relieved of duties, relieve of duty, taken off duty, suspended from duty, suspension from duty, desk duty, removed from post, stripped of post, benched
징계: punish, punished, misconduct, wrongdoing, disciplinary hearing, disciplinary proceedings, disciplinary case, disciplined
견책: reprimand, reprimanded, censure, written warning, formal warning, written reprimand
감봉: docked pay, pay docked, salary cut, wage cut, cut in pay
정직: unpaid suspension, suspension without pay, suspended without pay
강등: demote, demoted, downgrade, downgraded, bumped down
승진: move up, moved up, moves up, moving up, climb the ranks, rise in rank
특별승진: out of turn, fast-track promotion, fast track promotion, early promotion, accelerated promotion, merit promotion, skip a rank
전보: reassign, reassigned, reassignment, rotate, rotation, rotated, job rotation, reshuffle, reshuffled, redeploy, redeployed, redeployment, new post, another post, moved to another post
파견: on loan, loaned, secondee, secondees, temporary posting, temporary assignment, detached, detachment
겸직: moonlight, second job, side gig, side hustle, another job, other job, outside job, outside work, extra job, two jobs, part-time job, dual role, hold another post, hold another office, concurrent, concurrently, double-hatting
겸하: moonlight, concurrent, concurrently, double-hatting
영리: profit, for profit, money-making, moneymaking, side business, private business, own business, run a business, business on the side, commercial activity, commercial activities, gainful, lucrative
퇴직: quit, quits, quitting, step down, steps down, stepped down, stepping down, leave office, left office, leave the force, left the force, leave the service, left the service, leave the job, departure from office, retiree, retirees
명예퇴직: early retirement, voluntary retirement, voluntarily retire, retire early, golden handshake
휴직: time off, sick leave, medical leave, parental leave, maternity leave, paternity leave, childcare leave, unpaid leave, career break, sabbatical, furlough, furloughed
복직: reinstat, return to work, returns to work, back to work, come back to work, return from leave
정년: compulsory retirement, age cap, upper age limit, retire at, retiring age, pensionable age
임기: tenure, stint, time in office, term length, term of service, length of term, years in office
연임: reelect, re-elect, reelection, re-election, reelected, re-elected, second term, another term, extra term, renewable, term limit, term limits, serve again
결격: ineligible, ineligibility, barred from, disqualifying, criminal record, bankrupt, bankruptcy
파산: bankrupt, bankruptcy, insolvent, insolvency
복수국적자: dual citizen, dual citizens, dual citizenship, dual nationality
자격: prerequisite, prerequisites, who can apply, qualifying
요건: prerequisite, prerequisites, conditions to meet
채용: job opening, job openings, hiring process, recruitment drive, take on staff
신규채용: new hire, new hires, new recruit, new recruits, fresh recruits
경력경쟁: lateral entry, lateral hire, lateral hiring, experienced hire, career hire, mid-career hire
특별임용: special hiring, special hire
시험: entrance exam, civil service exam, recruitment exam, written test, written exam, qualifying exam
면접: interview, interviews, interviewed, oral test, oral exam
가점: extra points, bonus points, added points, extra credit, point bonus
가산: additional points, weighting, weighted
합격: pass mark, passing score, cut-off score, cutoff score, pass the exam, passed the exam
부정행위: cheat, cheated, cheating, rigging, rigged, rig, exam fraud
부정: rigging, rigged, rig, cheat, cheating, corrupt practice
정원: staff numbers, number of staff, staffing level, staffing levels, head count, slots, cap on the number, cap on numbers, how many staff, authorized posts, authorised posts
인력: workforce, personnel numbers
직급: grade, grades, job grade, civil service grade
계급: ranking, ranked, ranks above, ranks below
보수: paycheck, paycheque, payroll, earnings, pay scale, pay scales, pay rate, pay rates, how much paid
수당: stipend, stipends, honorarium, honoraria, perk, perks, fringe benefit, extra pay, bonus
여비: travel expenses, travel expense, travel allowance, travel costs, per diem
실비: out-of-pocket, actual costs, actual expenses, reimburse, reimbursed, reimbursement
연금: pension, pensions, retirement benefits, pension plan
영예: medal, medals, decoration, decorations, honours, honors, order of merit, state honours
표창: commendation, commend, commended, citation for merit
선물: gift, gifts
부패: graft, corrupt, kickback, kickbacks, bribery
금품: kickback, kickbacks, backhander, payoff, pay-off, bribery
횡령: embezzle, embezzled, embezzlement, misappropriate, misappropriation, siphon
교육: course, courses, coursework, upskill, upskilling
교육훈련: professional development, staff training, study leave, training programme, training program
공무상: in the line of duty, on-the-job, work-related, job-related, duty-related, service-connected
질병: illness, sickness, disease, ill
부상: injury, injured, hurt, wound, wounded
직장이탈: absent without leave, awol, desert, deserted, desertion, abandon post, abandon their post, leave their post, leave their posts, walk off the job
직무: duty, duties, on-duty
임무: duty, duties
금지: off-limits, barred, outlaw, outlawed, no-go
공익신고: whistleblow, whistleblower, whistleblowers, whistle-blower, whistleblowing, whistle-blowing
정치운동: partisan
정치: partisan, party politics
후보자: run for office, running for office, stand for election, standing for election, candidacy, nominee, nominees
승인: sign off, signs off, signed off, sign-off, green light, greenlight, go-ahead, okay, okayed, endorse, endorsed, endorsement, clearance, rubber-stamp, rubber stamp, authoris, give the nod
허가: authoris, clearance
인가: authoris
동의: agree, agreed, agrees, agreeing, say-so, concur, concurrence, buy-in, assent
협의: liaise, liaison, confer with, check with, agree with, talk to, talks with
보고: briefed, briefing, debrief, report back, keep informed
제출: hand in, hands in, handed in, turn in, send in, file, filed, filing, lodge, lodged
통보: tell, tells, told, telling, let know, heads-up, give notice, gave notice
통지: tell, tells, told, written notice
알리: tell, tells, told
요청: ask, asks, asked, asking, ask for, call on, calls on, seek, seeks, sought
요구: ask, asks, asked, asking, insist, call for, calls for, press for
기피: challenge, challenged
이의: challenge, challenged, contest, contested, dispute a decision, object to, push back
불복: challenge, challenged, contest a decision, fight the decision
민원: complain, complained, citizen complaint, public complaint
진정: complain, complained
상관: boss, bosses, line manager, higher-up, higher-ups, supervisor
지휘: chain of command, in command, command and control, give orders, gives orders, gave orders
감독: supervisor, watchdog, watchdogs, keep an eye
감사: watchdog, watchdogs
감사원: board of audit, board of audit and inspection, audit office, state auditor, national audit office
담당: in charge of, responsible for, handled by, looks after, look after
이양: handover, hand-over, hand down, handed down, pass down, passed down, power transfer, power shift
이관: handover, hand-over
위탁: farm out, farmed out, contract out, contracted out, contracting out
위임: hand off, handed off, sub-delegate, subdelegat
대행: stand in, stands in, stood in, stand in for, fill in for, fills in for, cover for, covers for, deputiz, deputis, step in, steps in, in the absence
사고: absence, absent, incapacitated, unable to act
설치: setting up, sets up
폐지: scrap, scrapped, scrapping, do away with, done away with, shut down, closed down, wind up, wound up, axe, axed
해산: dissolve, dissolved, dissolution, disband, disbanded
통합: combine, combined, combining, unify, unified, unification, fold into, folded into, amalgamat
편입: absorb, absorbed, absorbing, annex, annexed, incorporated into
관할구역: territory, territories, territorial, within its borders, outside its territory, within its territory, own territory, its area, city limits, city boundaries, administrative boundaries
관할: territory, territorial, turf, patch, area of responsibility, catchment
구역: boundary, boundaries, territory
경계: boundary, boundaries
적용: govern, governs, governed, governing, covered, extend to, extends to, have effect, has effect, effect
포함: covered, counts as, count as
인용: reference, references, referenced, cite, cites, cited
적용범위: scope of application, extraterritorial, extraterritorially, territorial scope, territorial reach, where it applies
한정: limited to, confined to, restricted to, only within, only inside
특례: special-case, special status, special-status, carve-out, carve out, carve-outs, opt-out, exemption from the rule
종전: former, previous, prior, old system, existing holder, already in office, grandfather, grandfathered, grandfather clause, old body, predecessor
경과: transitional provision, transitional provisions, transitional arrangement, transitional arrangements, transitional measure, transitional measures, interim arrangement, grandfather, grandfathered
시행: take effect, takes effect, took effect, taking effect, taken effect, come into effect, comes into effect, came into effect, comes into force, came into force, go into effect, goes into effect, went into effect, kick in, kicks in, kicked in, start date, commence, commencement, go live, goes live
시행일: commencement date, date of commencement, enforcement date
효력: void, valid, invalid, invalidate, invalidated, nullify, nullified, null and void, legal force, binding, legally binding
무효: void, voided, invalid, invalidate, invalidated, nullify, nullified, annul, annulled, annulment
취소: void, voided, annul, annulled, undo, overturn, overturned, reverse, reversed, strike down, struck down, call off
만료: expire, expires, expired, expiry, expiration, run out, runs out, ran out, end of term
소멸: lapse, lapses, lapsed, extinguish, extinguished, cease to exist
시효: time-barred, time bar
예산: appropriation, appropriations, spending plan, earmark, earmarked
세출예산: appropriation, appropriations, spending appropriations
과목: budget head, budget heads, budget line, budget lines, budget category, budget categories
전용: shift money, shifting money, shifts money, move money, moving money, moved money, move funds, moving funds, shift funds, shifting funds, switch funds, transfer funds, transfer of funds, transferring funds, reallocate, reallocated, reallocating, reallocation, re-allocate, virement, repurpose, repurposed, divert funds, diverting funds
이월: carry forward, carried forward, carrying forward, carry-over, carry-forward, unspent, leftover, left over, roll forward, rolled over
집행잔액: unspent balance, unspent balances, leftover funds, unused funds, unused money, unspent
차입: loan, loans, take out a loan, take out loans
일시차입금: short-term loan, short-term loans, short-term borrowing, overdraft, bridging loan, bridge loan, temporary borrowing
융자: loan, loans, lend, lent, soft loan, soft loans, low-interest loan
상환: pay back, pays back, paid back, paying back, pay off, paid off, repaid, repays, payback
변상: reimburse, reimbursed, reimbursement, make good, pay damages
부담: foot the bill, foots the bill, footing the bill, pay for, pays for, paid for, paying for, who pays, picks up the tab, pick up the tab, cost-sharing, share the cost, share the costs, bear the cost, bear the costs, shoulder, shoulders, liable for costs
지원: help, helps, helped, helping, prop up, lend a hand, incentive, incentives, chip in
재정지원: financial help, financial backing, financial aid, financial assistance, money from the state, state money, state funding, government funding, central funding, public funding
출연: endow, endowed, put money into, seed money, seed funding
출자: capital injection, inject capital, injected capital, equity stake, equity investment
국고: taxpayer money, taxpayers money, taxpayers' money, state coffers, coffers, national coffers, public purse, central government money
재정: money matters
교부세: equalization grant, equalisation grant, revenue sharing, general grant, local allocation tax, shared taxes
포괄보조금: block grant, block grants, lump-sum grant, lump-sum grants
수수료: user fee, user fees, service charge, service charges
감면: tax break, tax breaks, tax cut, tax cuts, tax credit, tax credits, tax incentive, tax incentives, tax holiday, tax holidays, tax concession, tax concessions
면제: let off, write off, written off
조사: probe, probes, probed, probing, look into, looks into, looked into, looking into, enquiry, enquiries, inquire, enquire, questioning
수사: criminal probe, police probe, detective, detectives
직무집행: stop-and-question, stop and question, stop-and-frisk, stop and frisk, stop-and-search, stop and search, police duties act, police duties law, police officers duties act, police officer duties act, duties of police officers act, police powers act
경찰관: stop-and-question, stop-and-frisk, stop-and-search
무기: gun, guns, handgun, handguns, pistol, pistols, sidearm, sidearms, taser, tasers, baton, batons
장비: handcuff, handcuffs, pepper spray, body camera, bodycam, bodycams, police gear
장구: handcuff, handcuffs, restraints, riot gear
체포: detain, detained, take into custody, taken into custody, apprehend, apprehended
보호: custody
징역: jail, jailed, jail time, prison, prison term, prison sentence, imprison, imprisoned, behind bars, custodial sentence, locked up
금고: jail, jailed, imprisonment without labour, imprisonment without labor
유죄: convicted, conviction, convictions, guilty, found guilty, guilty verdict
선고: convicted, conviction, convictions, sentencing
집행유예: suspended sentence, suspended sentences
벌칙: criminal penalty, criminal penalties
소송: sue, sued, sues, suing, take to court, taken to court, go to court, court case, court action, legal challenge
손실보상: damages, compensation for damage, compensation for losses, compensated for
피해: damages, harm, harmed, hurt
유예: put off, postpone, postponed, hold off
연기: postpone, postponed, postponement, push back the date, delay
정관: articles of incorporation, articles of association, founding charter
재단: charitable foundation, nonprofit foundation, non-profit foundation
지방자치단체: municipality, municipalities, municipal government, municipal governments, local authority, local authorities, council area, councils
주민: locals, local people, constituents, townspeople, people living
국회: parliament, parliamentary, congress, legislature
국회의원: mp, mps, member of parliament, members of parliament, lawmaker, lawmakers, legislator, legislators, congressman, congressmen
조례: local law, local laws, by-law, by-laws, local rule, local rules, council ordinance, council rule
주민투표: plebiscite, popular vote, local vote, public vote
군수: county chief, county executive, county mayor
중앙행정기관: central ministries, central ministry, government departments, government department, central agencies, central agency, line ministries, government ministry, ministries
부처: ministries, departments
계층: tiers, tier, layers, layer, levels of government, tier of government, tiers of government
행정체제: administrative structure, administrative system, tiers of administration, system of administration
육지: mainland
샘물: mineral water, spring water, drinking water
지하수: pump water, pumping water, well water, aquifer
호텔: hotel, hotels
숙박: accommodation, accommodations, lodging
외국인: immigrant, immigrants, migrant, migrants, expat, expats, expatriate, expatriates, non-korean, non-koreans
출국: leave the country, leaving the country, exit the country
국민: korean citizens
일반국민: ordinary people, members of the public, the public at large
참여: take part, takes part, taking part, get involved
의결: pass a resolution, passed a resolution, votes needed, how many votes, vote on, voted on, vote count, two-thirds majority
출석: members present, turn up, show up, present at the meeting
재적: total membership, all members
과반수: more than half, over half, half of the members, simple majority, absolute majority
심사: scrutiny, scrutinis, scrutiniz, vet, vetted
심의: scrutinis, scrutiniz, look over, looked over
정보: data sharing, share information, sharing information, intel
협력: work with, works with, working with, work together, team up, teams up, join forces, partner, partners, partnering
분쟁조정: dispute resolution, settle disputes, resolve disputes, resolving disputes, mediate a dispute
조정: settles a dispute, referee, broker a deal
갈등: conflict, conflicts, clash, clashes, friction, dispute, disputes
사회협약: social pact, social contract, social compact, grand bargain
협약: compact, memorandum of understanding, mou, agree
수립: come up with, comes up with, came up with, put together, map out, mapped out, lay out a plan, work out a plan
검토: go over, goes over, went over, look at, looks at, looked at, weigh up, assess whether
공개: make public, made public, makes public, go public, publicly available, open to the public
경찰청장: police chief, police chiefs, top cop, national police chief, head of the national police, police boss
경찰서: precinct, precincts, local station
지구대: precinct, precincts, neighbourhood police, neighborhood police
파출소: police box, police boxes, koban, police post, police posts
해양경찰: coast guard, coastguard, coastguards, maritime police
금융사기: financial fraud, phone scam, phone scams, telecom fraud, wire fraud, scam, scams, scammer, scammers, fraudster, fraudsters
사이버범죄: cybercrime, cyber crime, cyber crimes, online crime, online crimes
해킹: hacking, hacker, hackers, hacked
학교폭력: bullying, school bullying, school violence
마약: drugs, narcotics, illegal drugs, drug crime, drug crimes, drug trafficking, drug dealing
명예훼손: defamation, defamatory, libel, slander
모욕: insult, insults, insulting, verbal abuse
한시: temporary unit, temporary units, time-limited, temporary body, temporary office, interim unit
데이터분석: data analysis, data analytics, data analyst, data analysts
조직범죄: organized crime, organised crime, gang, gangs, mafia
운영: rules of procedure, day-to-day running
세칙: working rules, operating rules, internal rules, house rules
신청: apply for, applies for, applied for, applying for, application for, applications for, file an application, submit an application, put in a request
수행능력: incompeten, unfit for duty, poor performance, underperform, underperforming, lack of competence, lack of ability
결여: incompeten, unfit
조치: acted on, take action, takes action, took action, follow up, follow-up, follow through
균등: fair chance, fair chances, equal opportunity, equal opportunities, equal chance, equal chances, level playing field, evenly, equally, equal access
이익: advantage, advantages
혜택: advantage, advantages, benefits, perks of
결항: cancelled flight, cancelled flights, canceled flight, canceled flights, flight cancellation, flight cancellations, grounded flights
사무: day-to-day work, daily work, routine work, day-to-day business, paperwork
기획단: planning unit, planning units, planning team, planning teams
도서관: librarian, librarians
외교관: diplomat, diplomats, diplomatic staff
사변: incident, incidents, armed conflict, civil unrest
전시: war, wartime, in wartime, time of war
위기: crises, crisis situation
인명: lives, loss of life, loss of lives, human life, casualties
작전: military operation, military operations, combat operation, combat operations
구세: district tax, district taxes, gu tax, gu taxes
친족: a relative, close relative, next of kin, in-law, in-laws
학장: university president, college president, president of the university, head of the university
특별지방행정기관: central government field office, ministry field office, regional branch office, regional branch of a ministry
조정: settle, settles, settled, settling, resolve a dispute, resolves a dispute, resolve the dispute, resolves the dispute
해촉: drop, dropped, dropping, taken off the committee, take off the committee
자치경찰: municipal police, municipal policing, municipal police force, local police force
자치: municipal
계급: rank title, rank name, grade title
최저근무연수: minimum service, minimum years of service
행정시: jeju city, seogwipo, seogwipo city, city of jeju
증여: gifts, give gifts, accept gifts
친족: own relative, their relative, his relative, her relative, relative of
존속기한: expiry, expires, expire, expiration, lapse, lapses, how long does it last, how long will it last
회의: meet, meets, met
사망: killed, killed on duty, passes away, passed away
명부: promotion list, candidate list, waiting list
경찰청: npa, knpa
마약류검사: drug test, drug testing, drug screening, drug screen
노무: manual labour, manual labor, manual work, physical labour, physical labor
노동운동: labour movement, labor movement, union activity, union activities
공무: non-official, official business
사실상: actually, in fact, de facto
한시정원: temporary posts, temporary positions, extra posts, temporary headcount, temporary staff
정원: staff positions, headcount, staffing level, authorized staff
지역구: district seats, district seat, constituency seats
"""
"""How people actually say it: the everyday English of researchers, journalists and staff for
the statute lemmas above, in the same format as :data:`_SOURCE` and read after it (a word listed
in both keeps the heading sense first). Informal and idiomatic words and short phrases ('fired',
'second job', 'moonlighting', 'shift money', 'sign off', 'stop-and-question', 'take effect',
'foot the bill'), British and American variants ('authorise', 'paycheque', 'by-law'), police
and government usage; a word goes only to lemmas it can mean ('fire' is 소방 and 면직; 'carry
forward' is the budget's 이월). Written by family of expression, not from any question."""


_NOT_NOUN_ENDINGS = ("s", "ed", "ing", "ly", "al", "ic", "ous", "ive", "ful", "able", "ible", "ary")
_UNCOUNTABLE = frozenset("force care tourism water land finance education forward information data safety "  # noqa: SIM905
                         "welfare energy power health security".split())
_NOT_NOUNS = frozenset("to of in on up out over for by from with into off abroad free".split())  # noqa: SIM905
"""A two-word phrase also matches with its last word in the plural ('special zone' → 'special
zones'), unless that word does not look like a countable noun."""


def _plural(phrase: str) -> str:
    if phrase.endswith(("ch", "sh", "x", "z")):
        return phrase + "es"
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    return phrase + "s"


def _build() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    words: dict[str, list[str]] = {}
    phrases: dict[str, str] = {}
    for line in (_SOURCE.strip() + "\n" + _EVERYDAY.strip()).splitlines():
        korean, _, english = line.partition(":")
        korean = korean.strip()
        for item in english.split(","):
            item = " ".join(item.lower().split())
            if not item or item in GENERIC:
                continue
            if " " in item:
                phrases.setdefault(item, korean)
                first, last = item.split(" ")[0], item.rsplit(" ", 1)[-1]
                if item.count(" ") == 1 and first not in _NOT_NOUNS and last not in _NOT_NOUNS \
                        and not last.endswith(_NOT_NOUN_ENDINGS) and last not in _UNCOUNTABLE:
                    phrases.setdefault(_plural(item), korean)
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

_COMPOUNDS = """
가목 가산징수 가설건축물 가정지원 가정폭력 가족복지 가족부령 가중처벌 가축개량 가축방역 가축분뇨 가축전염병
가해범죄 간접자본 간접투자 감사결과 감사계획 감사기구 감사담당 감사대상 감사예정일 감사위원 감사위원장 감사활동
감소지역 감정평가 강등처분 강원전략 강원첨단 강원칡한우 강원특별 개량총괄 개발계획 개발구역 개발기관 개발기금
개발기본 개발법 개발부담금 개발성과 개발우대 개발이익 개발제품 개발제한 개발지구 개발진흥 개발촉진법 개발특구
개발행위 개발혁신 개설허가 개인정보 개장허가 거래신고 건강가정 건강영향 건강증진 건설기계 건설기술 건설사업
건설사업자 건설산업 건축계획 건축법 건축신고 건축위원회 건축제한 건축허가 결격사유 결산보고 결정기준 결함정보
경관보전 경관심의 경관영향 경기도남부 경기도북부 경력경쟁 경력직 경력평정 경무부 경무인사 경비국 경상거래
경위 경쟁임용 경쟁채용 경정 경제도시 경제부 경제자유 경찰공무원법 경찰관서 경찰기관 경찰기구 경찰단
경찰단장 경찰대학 경찰병원 경찰서장 경찰업무 경찰위원장 경찰인력 경찰인사 경찰인재 경찰장비 경찰정책 경찰제도
경찰통계 경찰학교 경찰행정 계급구분 계급정년 계획관리 계획구역 계획시설 계획심의 계획심의회 계획위원회 고등교육
고령자고용 고령친화 고엽제후 고용노동부 고용보험 고용안정 고용정보 고용촉진 고용특구 고위공무원 고유식별 고지증명서
고지확보 고충심사 고충처리 곡리 곤충산업 골재채취 공간정보 공개경쟁승진 공개경쟁시험 공개경쟁임용 공개경쟁채용 공개모집
공공갈등 공공급식 공공단체 공공도서관 공공시설 공공안녕 공공안전 공공안전부 공공자금 공공처리 공공하수도 공급시설
공급지원 공기업법 공동급식 공동부 공동사업단 공동위원장 공동위원회 공동이용 공동주택 공모방식 공모직위 공무원단
공무원수당 공무원인사 공사계획 공상경찰 공소제기 공연법 공연활동 공영항로 공원관리 공원시설 공유수면 공유재산
공익신고 공익위원 공인노무사 공장설립 공장입지 공중위생업 공중화장실 공직선거 공직선거법 과세대상 과세표준액 과징금처분
관계직원 관광개발 관광단지 관광미 관광부령 관광부장관 관광분야 관광사업 관광사업체 관광산업 관광숙박업 관광자원
관광정책 관광지구 관련시설 관리계획 관리공무원 관리구역 관리기금 관리기본 관리기본법 관리법 관리보전 관리분야
관리심의회 관리업무 관리위원회 관리절차 관리조례 관리지역 관리특별 관측망 관측시설 관할부대 관할부대장 광고산업
광물산업 광역공동 광역수사단 광역시설 광역시장 광역특별 광역협력 교류대상자 교류지구 교류협의회 교무처 교부세
교수부 교수요원 교원임용 교육계획 교육공무원 교육과정 교육규칙 교육도시 교육법 교육부령 교육비특별 교육여건
교육연수 교육운영 교육재정 교육지원청 교육청인사 교육행정 교육훈련 교통부령 교통시설 교통안전시설 교통정비 교통체계
교통활동 구매촉진 구분체계 구성비율 구성협의체 구의회 국가공기업 국가공무원법 국가기관 국가기술 국가발전 국가보조
국가보훈 국가사무 국가산업 국가수사 국가수사본부 국가안보 국가연구 국가유공자 국가유산 국가재정법 국가정책 국가첨단
국고보조금 국립학교 국무조정실장 국무회의 국민건강 국민기초 국민안전 국방부장관 국유 국유재산 국유재산법 국장급
국제고등학교심의 국제교류 국제선박 국제치안 국제케이팝 국제평화 국제학교 국제협력 국제회의 국책사업 국회의원 군계획
군관리 군복합 군부대 군사기지 군사시설 군용지 군의원 군의회 굴착행위 권리제한 권익증진 권한남용
권한대행 권한이양 권한행사 궤도운송 규모학교 규제개혁 규제심사 규제완화 규제자유 규제정비 규제혁신 규칙안
균형발전 균형성장 균형성장영향 근로자직업 근무경력 근무기간 근무성적 근무시간 근무실적 근무연수 근속승진 글로벌교육
글로벌도시 글로벌생명 금연구역 금융교육 금융기관 금융사기 금융산업 금융전문 급식법 급식센터 기관설립 기금관리
기금법 기반시설 기반조성 기본방향 기본시책 기본이념 기부금품 기술개발 기술단지 기술연구 기술자격 기술정보
기술직렬 기술진흥 기업부장관 기업집적 기업활동 기여도 기준보조 기준수위 기준재정 기초생활 기초조사 기회발전
기획예산처 기획조정관 기후변화 기후에너지 기후위기 낙후지역 낚시어선 남부경찰청 남북교류 노동부장관 노동위원회 노인복지
녹색기술 녹색도시 녹색성장 녹색자치 농림축산 농생명 농생명지구 농어업인 농어촌도로 농어촌유학 농어촌정비 농어촌정비법
농어촌주민 농어촌지역 농어촌진흥 농어촌특별세 농업계획 농업기계 농업용수종합 농업진흥 농지관리 농지법 농지보전 농지분할
농지전용 농촌융 농촌활력 뉴스통신 능력개발 다중운집 다중이용 단위계획 단지개발 단지조성 단체설립 달성도
담당공무원 담당업무 당연직위원 당연퇴직 대기환경 대면협진 대부결정 대상공공 대상공무원 대상기관 대상사무 대상사업
대상지역 대여사업 대외지급 대응단장 대응역량 대집행 대책관 대책지역 대체부품 대체지정 대통령령 대학설립
대회관련 데이터분석 도경찰청 도경찰청장 도교육청 도로건설 도로공사 도로관리 도로관리청 도로교통 도로법 도립공원
도서관법 도서선정 도시개발 도시계획 도시교통 도시시책 도시지역 도시환경 도의원 도인사 도지사후보자 독립유공자
동물병원 동지역 등록말소 등록면허 등록특구 레저산업 레저활동 매립면허 매설물 매수청구 매점매석 면세품판매
면제대상 면지역 면직처분 면허세 명예퇴직수당 목벌채 목표달성 무상양여 무역지역 무인이동 문책사유 문화관광
문화사업자 문화산업 문화상품 문화시설 문화예술 문화진흥 문화체육 문화프로젝트 물가안정 물관리 물관리법 물납
물류망 물환경 미래산업 미래산업글로벌 미래치안 미술작품 미합중국화폐 미항 미활용 민간투자 민군 민원사무
민자유치 민주유공자 바목 바이오융 바이오헬스 발급기준 발안 발전계획 발전방안 발전법 발전사업 발전설비
발전시행 발전지구 발전투자 발전특구 발전특별 발전협의회 방송채널 방역관 방지명령 방해행위 배수 배출부과금
배출시설 배치기준 배후단지 벌규정 범죄수사 범죄수익 범죄예방 범죄정보 범죄피해자 법무부장관 법인격 벤처기업
벤처기업부 변경승인 변경행위 변경허가 변상명령 변화영향 별도합산 별정직공무원 보건법 보건복지 보건복지부 보건의료
보고의무 보궐위원 보급사업 보상법 보상보험 보세구역 보수결정 보수규정 보수체계 보전계획 보전기금 보전법
보전부담금 보전산지 보전의식 보전지구 보전지역 보전협력 보조기관 보조사업 보존자원 보좌기관 보증절차 보직관리
보충발령 보통교부 보통교부금 보호구역 보호법 보호지역 보훈기금 보훈대상자 보훈부 보훈사무 복리증진 복수국적자
복수차장 복원계획 복지단지 복지법 복지부령 복지부장관 복지사업 복지시설 복지심의 복지증진 복합단지 복합도시
복합산업 부가가치 부가금 부과처분 부담계획 부담비율 부동산간접 부동산투자 부령 부모가족 부산광역시 부장관
부정행위 부정행위자 부품인증 북부자치 북한이탈 분리선고 분석담당관 분장기관 분장사무 분쟁조정 분할제한 비밀누설
비밀엄수 비밀유지 비상사태 비용교부금 비위사항 비위행위 빗물이용 사립학교 사립학교법 사무과장 사무구분 사무기구
사무분장 사무위탁 사무직원 사무처리 사업계획 사업계획서 사업법 사업시행 사업연도 사업완료 사업지구 사업지역
사업착수 사업추진 사업특별 사용계획 사용금지 사용기준 사용자단체 사용허가 사이버범죄 사전심의 사전협의 사회간접
사회문제 사회보장 사회복지 사회협약 산림문화 산림보호 산림복지 산림욕장 산림이용 산림자원 산림청장 산악관광
산업글로벌 산업기본법 산업단지 산업발전 산업복합 산업분류 산업육성 산업입지 산업자원 산업재해 산업지구 산업진흥
산업집적 산업통상부 산정방법 산지관리 산지관리법 산지일시 산지전용 산하단체 상대보전 상생발전 상임위원 상호협력
상황지역 새만금사업 생명경제 생명산업 생명지구 생물보호 생산조정 생활기반 생활안전 생활인구 생활협동조합 생활환경
서울특별시경찰청 석유가스 선거관리 선거구획정 선거자격 선거제도 선고유예 선박등록 선발채용 선정심의회 설립기준 설립등기
설립목적 설립승인 설립운영 설립자격 설치계획 설치기준 설치등기 설치비용 설치유지 설치촉진 설치행위 성과계약
성과목표 성과상여금 성과평가 성매매방지 성보호 성장시책 성장역량 성장촉진 성적평정 성평등 성폭력범죄 세계평화
세계환경 세법 세부기준 세부사항 세부운영 세종특별자치시 세출예산 센터시행 소개사업 소관사무 소관업무 소년범죄
소득보조 소방공무원 소방기본법 소방기술 소방시설 소방용수 소비자기본법 소비자생활 소속공무원 소속기관 소속직원 소속하
소요재원 소청사건 소청심사 소환투표 손실보상 수급조절 수대금 수도법 수도사업 수립절차 수면매립 수사경찰
수사과 수사국 수사기관 수사기법 수사기획 수사본부장 수사청 수산동식물 수산발전 수산부령 수산업법 수산자원
수산종자 수상레저 수소경제 수소산업 수소에너지 수습근무 수습기간 수업연한 수업일수 수요액 수의계약 수익사업
수자원보전 수행능력 수험자격 숙박시설 순환실증 스마트제조 스토킹범죄 습지보전 습지보호 승인상황 승진대상자 승진시험
승진심사 승진임용 승진후보자 시교육감 시대기획단 시대지원단 시범도로 시범도시 시범사업 시범실시 시보임용 시설계획
시설공사 시설관리 시설사업 시설세 시설심의 시의회 시정명령 시조례 시조직 시책사업 시행계획 시행승인
시행예정자 시행허가 시험관리 시험방법 시험성적 시험실시 시험양식 시험합격자 시효기간 시효정지 식별정보 식품부령
식품부장관 식품산업 식품위생 신규임용 신규채용 신분보장 신용평가 신원보증 신원보증인 실무경험 실무위원회 실무지원단
실무협의회 실비보상 실시계획 실시기관 실종아동 실증단지 실천계획 실태조사 심사기구 심사대상자 심사위원회 심사청구
심의결과 심의사항 심의위원회 아동복지 아동학대 안보범죄 안보수사 안보수사부 안전관리 안전관리법 안전교통부 안전차장
안전취약 안전학교 안정기관 안정법 액화석유 액화석유가스자동차 야간관광 야생동물 야생생물 야영장업 양성기관 양식산업
양식업 어장관리 어항법 업무수행 업무협조 업시설 에너지공급 에너지사업 에너지사용 에너지이용 에너지자원 에너지환경
에너지환경부 여객운송 여객자동차 여성안전 연구개발 연구경력 연구과제 연구기관 연구사업 연구산업 연구실적 연구위원
연구촉진 연령차별 연료전지 연수기관 연안관리 연안관리법 연차보고 영구시설물 영상산업 영상회의 영어교육 영어사용
영업정지 영향조사 영향평가 영향평가서 영향협의 예방대응 예방대책 예산서 예산처장관 예산총액 예산편성 예술진흥
예정직 오염물질 오염방지 옥외광고 옥외광고물 온천관리 완료보고서 외교부장관 외국교육 외국대학 외국면허 외국방송
외국선박 외국어교육 외국의료 외국인근로자 외국인전용 외국인진료소 외국인투자 외국인학교 외국정부 외국학교 외사정보 용도구역
용도변경 용도지구 용도지역 용수시설 우대사업 우선임용 우수공무원 우수관광 우수문화 우수창업 운동죄 운송법
운송비 운송사업 운송사업자 운수사업 운수업자 운영경비 운영계획 운영규정 운영기준 운영목표 운영성과 운영심의
운영위원회 운용계획안 운행제한 운행허가 원격영상 원수 위공개경쟁 위기상황 위반행위 위원구성 위원장협의회 위원추천
위원회법 위임규정 위촉위원 위탁거래 위탁관리 위탁운영 위험물 유림 유사명칭 유아교육 유아보육 유어장
유예기간 유원지시설 유의증 유전자원 유지의무 유치추진 유효기간 육성계획 육성기반 육성법 육성위원회 육성지구
융복합 응급의료 응시자격 의결사항 의료관광 의료급여 의료기관 의료기기 의료기사 의료기술 의료법 의료분야
의료장비 의료정책 의료행위 의무경찰 의무복무 의무부과 의원선거구 의원정수 의정활동비 의회의원 이관기준 이관사무
이동체 이사장 이양계획 이양대상 이용계획 이용권고 이용량 이용시설 이용업소 이용중지 이용증진 이용진흥
이용촉진 이용허가 이익배제 이전대상 이주대책 이탈주민 이행기간 이행보증금 이행상황 인공함양 인구감소 인권감사관
인근지역 인사관리 인사교류 인사기록 인사기획관 인사운영 인사청문 인사청문회 인사행정 인상지원 인재개발원 인재채용
인증기관 인증표시 일괄처리 일반국민 일반승진 일반직공무원 일반환자 일반회계 일상생활 일시사용 일시차입금 일자리사업
임대기간 임명동의안 임명방법 임무유공자 임시결정 임시운행 임시위원 임용기간 임용방법 임용시험 임용예정 임용자격
임용절차 임용후보자 입목 입법반영 입장행위 입주기업 입지정책 입학자격 입학전형 자격법 자격요건 자격정지
자금관리 자금지원 자동차대여 자동차운송 자료제공 자료제출 자문위원회 자연경관 자연공원법 자연생태 자원관리법 자원순환
자원시설 자원안보 자원총량 자유구역 자유무역 자율계정 자율학교 자율학교심의 자진퇴직 자치감사 자치도지사 자치법규
자치분권 자치센터 자치시 자치시장 자치위원회 자치조직 자치행정 잔여기간 장애인고용 장애인복지 재산법 재생에너지
재적위원 재적의원 재정건전 재정경제 재정수요 재정자주 재정지원 재정확보 재직기간 재해방지 재해보상 적격심사
적극행정 적용대상 적용배제 적용범위 적정관리 전국단위 전기사업 전기설비 전기안전 전기통신 전달체계 전략기술
전략산업 전략연구 전략환경 전문교육 전문기관 전문대학 전문인력 전문지식 전북전략 전북첨단 전북특별 전북핀테크
전산정보 전용상수도 전용약국 전용제한 전용지구 전용허가 전자국제 전지산업 전직시험 전출금 전파대상 전파활용
절대보전 절차개선 점용허가 접경지역 정기간행물 정무직공무원 정보보호 정보수집 정보시스템 정보통신 정보통신망 정보통신부
정보활동 정부출연 정부출자 정비계획 정비기본 정비법 정비지역 정신건강 정지명령 정책국 정책사항 정책심의회
정책연구 정책연구소 정책지원 정책협의체 정치단체 정치운동 정치활동 제공금지 제대군인 제도보완 제안제도 제정사항
제조혁신 제주관광 제주국제 제주자치도경찰청장 제주지방 제주첨단 제주투자 제주특별 제주특별자치도개발 제주특별자치도경찰청 제주특별자치도계정 제주특별자치도세
제주특별자치도지원단 제주흑 제출기한 제출요구 제한구역 제한지역 조례발 조례제정 조사개시 조사서 조사종료 조성계획
조성계획서 조성비 조성사업 조세특례 조절계획 조절위원회 조치사항 존속기한 졸업예정자 종교중립 종사인정 종자산업
종합계획안 종합상황실 종합합산 주거환경 주무부 주민등록 주민소환 주민의견 주민자치 주민조례 주민참여 주민투표
주변지역 주요내용 주택건설 주택공급 주택법 준공검사 준공인가 준용규정 중대범죄 중등교육 중등교육법 중등학교
중소기업제품 중소기업지원 중소벤처 중심기본 중심도시 중심복합 중앙경찰 중앙노동 중요시설 즉결심판 증진보장 지구개발
지구단위 지급기준 지급수단 지급절차 지도직 지방공기업 지방공사 지방교부 지방교육세 지방노동 지방대학 지방도시
지방분권 지방산지 지방선거 지방세기본법 지방세법 지방세특례 지방의료원 지방이전 지방재정 지방재정법 지방출입국 지방해양
지방행정 지방환경 지속가능 지식산업 지역개발 지역경제 지역계획 지역과학 지역구시 지역균형 지역농어촌 지역문화
지역발전 지역사회 지역산업 지역선거구 지역인재 지역일자리 지역자원 지역자율 지역정보 지역주민 지역중소기업 지역지원
지역채권 지역통계 지역특성 지역특화 지역혁신 지역환경 지원계정 지원규모 지원기관 지원기준 지원방법 지원방안
지원법 지원사업 지원센터 지원시설 지원업무 지원조직 지원조치 지원청인사 지정기준 지정면세점 지정목적 지정요건
지정요청 지정절차 지정폐기물 지정해제 지하매설 지하수개발 지하수관리 지하수법 지하수오염 지하수원 지하수인공 지하수자원
지형도면 직공무원 직권면직 직무등급 직무분석 직무분야 직무성과 직무수행 직무집행 직업능력 직업안정 직위분류
직위해제 직장이탈 직할대 진동관리 진동관리법 진료허용 진흥개발 진흥계획 진흥기금 진흥단지 진흥사업 진흥재단
진흥지역 진흥촉진 질서유지 집단에너지 집단행위 집적시설 집적활성 집행기관 집행법 집행유예 집행잔액 징계부가금
징계사유 징계위원회 징계의결 징계절차 징계처분 징수비용 차고지 차별금지 착수기한 참여과정 참전유공자 창업기업
창업지원 채용비위 채용시험 채용후보자 채취방법 책임도 처리기간 처리기구 처리시설 처리절차 처벌법 처분방법
처분사유 처우보장 천연자원 첨단과학 첨단산업 첨단전략 첨단지식 첨부서류 청년농업인 청소년대상 청소년복지 청소년활동
청원경찰 체납처분 체류기간 체류자격 체류지역 체육관광부 체육시설 초광역특별 초지전용 촉진법 촉진지구 촉진지역
총괄기관 총량유지 총리령 최저근무 최종결정 추진계획 추진공동 추진상황 추진실적 추천위원 추천위원회 축산법
축산식품부 출석위원 출연기관 출입국관리 출자기관 출자한도 출하조정 취득업무 취락지구 취소명령 취수량 취업지원
측량업 치과의사 치안분야 치안유지 치안정보국 치안정보부 치안정책 치안종합 치안행정 치안협력 친화산업 카지노업
케이팝학교 탄소소재 탄소중립 택지개발 토석 토양오염 토양환경 토지매도 토지분할 토지소유자 토지수용 토지이용
토지특별 통고처분 통보기한 통보의무 통상부장관 통신금융 통신기술 통신부장관 통신사업 통신산업 통신시설 통신창업
통칙 통합대응 통합물 통합방안 통합절차 통합추진 투자계획 투자금액 투자기업 투자유치 투자이행 투자재원
투자진흥 투자협약 투자회사 투표결과 투표법 투표사무 투표소송 투표운동 투표청구 특례부여 특례제한법 특별개발
특별계정 특별관리 특별수당 특별승급 특별승진 특별시경찰청 특별시장 특별위원회 특별유공자 특별임용 특별자치 특별지방
특별지원 특별협약 특별회계 특수경력 특수기술 특수상황 특수의료 특수임무 특수학교 특정사건 특정직 특화단지
특화산업 파견근무 파견기간 파견요청 파급효과 파면처분 파산선고 판로지원 판매장 펜션업 편의증진 평가결과
평가기관 평가대상 평가대상자 평가법 평가심의 평가전문 평등가족부 평생교육 폐광지역 폐기물관리 폐기물관리법 폐기물처리
포괄보조금 폭력대책 폭력방지 폭력범죄 표준산업 품종개량 품질검사 품질관리 품질관리법 풍력발전 풍력자원 피해자보호
핀테크육성 하부조직 하수도법 하수처리 하천공사 하천관리 하천기본 하천법 하천수 하천정비 학교규칙 학교급식
학교법 학교법인 학교운영 학교폭력 학사학위 학생정원 학위과정 한국표준 한라산국립공원 한시 한우산업 함양시설
합산과세 항만개발 항만건설 항만구역 항만기본 항만배후 항만법 항만시설 항만운송 해상여객 해상운송 해수침투
해양경찰 해양경찰청 해양경찰청장 해양레저 해양문화유산 해양수산 해외협력 해임처분 해제기준 핵심광물 행위제한 행정구역
행정규제 행정기구 행정기본법 행정대 행정사무 행정소송 행정수요 행정시장 행정심판 행정역량 행정운영 행정위원회
행정재산 행정중심 행정처분 행정체제 향토문화 허가기준 허가번호판 허가조건 허용기준 헬스산업 혁신기업 혁신도시
혁신법 혁신융 혁신체계 현금부담 현행범인 협동교육 협력국 협력기금 협력사업 협력위원회 협력체제 협약당사자
협약위원회 협의내용 형사국 형사소송법 형질변경 화물자동차 화재안전 확보명령 환경개선 환경관서 환경교육 환경농산물
환경농업 환경보건 환경보전 환경부령 환경분야 환경영향 환경자원 환경정비 환경중심 환경친화 환수금 활력촉진
활용지구 회계관계 회계규정 회계법인 회계사무 회계연도 회계처리 회의도시 회의산업 회의시설 획정위원회 후보자등록
후보자명부 후유의 훈련기관 훈련법 훈련성적 휴양업 휴양펜션 휴직기간 흑우
"""
COMPOUNDS: frozenset[str] = frozenset(_COMPOUNDS.split())
"""Nouns the corpus writes joined (인사교류, 특별회계, 징계위원회), as BM25 tokens: the compounds of
the article headings and those of the bodies seen 3+ times, except the ones in more than 2% of
the articles (자치경찰, 지방자치: the topic of a statute, not of a provision). Two English words
whose terms join into one of these stand for it ('personnel exchange' → 인사 + 교류 → 인사교류).
Generated by ``scripts/glossary_vocabulary.py --emit-compounds``."""
