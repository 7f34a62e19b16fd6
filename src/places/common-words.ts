// City names that are also common English words ("Mobile", "Police", "Reading", "Bath", "Of"):
// the single-word names of GeoNames cities over the population floor found in an English word
// list in lower case, chosen by the Chronicle team. Such a word names a place only where the
// sentence says it is one ("in Reading", "the city of Split"); elsewhere it is taken for the word.
const WORDS =
  'acacias acre agar alabaster ales alliance aloha along altos anchorage angers antelope anthem apace ape apex '+
  'arbutus archway arroyo ascot astrakhan auburn badger bah balsas banes bani banning bar barking bath baud bay '+
  'bear begun bell bend bender best billings bimbo bled bologna bonny boom borne boulder bountiful bra brad '+
  'bray bride brusque buckeye buffalo bury bush butte buy cairns can canning canton cascade cassino cayenne '+
  'centennial central centurion chandler chaparral chino cloverleaf cocoa cognac coin colon columbine come '+
  'concord converse cork corona cove crane crystal cypress date davenport deal debar debark defiance delta '+
  'derby dig dole dome dour drama dyer eagle elk emporia encamp enterprise erode eureka federal felling fiche '+
  'fishers flagstaff fleet flint florin fords fountain gap garland garner gay gent god goes golden grad '+
  'grapevine grays green griffin grove groves ha hail hale hays hem hermitage hickory highland hillside hit ho '+
  'holiday homburg homestead honcho hook hove hue humble hurricane imperial independence jasper jingling juncos '+
  'karakul keystone lancing largo lattes laurel leek leer lens lib liberal liberty lice liege limerick linden '+
  'lira lisle luau magenta maidenhead male man manage manga maracas march marina marks martin mascara mason '+
  'mecca medias mentor meridian mesa mesquite metro midland midstream midway mirage mission mobile moron moss '+
  'most much muscat mustang natal neath newton nice normal ocher ode of ogre oral orange orchards overland '+
  'oxford pace paisley panorama papa papaya paradise paramount pare parole pearl pecs peel peer pen penal perm '+
  'phoenix pinto pita plantation plum plunge police pop portage posse pout prosper providence pueblo puma punch '+
  'quarto queens quince race raja reading republic retreat revere rho riverside rogers roman roses rugby ruse '+
  'rye saga sake saki sale salt samba same sandy sari savage savannah save seaside sedan shanghai shaping '+
  'shoreline shush silvan sim slough sparks split spring stains sterling store stow sulphur summit sunrise '+
  'sunset superior surprise surrey swords sycamore tall tamale tame tangier tank tapes taro temple tequila '+
  'terrace than tire tome tor torrent tours trinity troy tubas tucker tulle union university upland valence van '+
  'vicar vineyard vise vista wadi walker walnut ware warren we welling wellington westerly wheeling woodland '+
  'woodlands worms wright young ';

/** Folded city names that are also common English words. */
export const COMMON_WORD_PLACES: ReadonlySet<string> = new Set(WORDS.split(' ').filter((w) => w !== ''));
