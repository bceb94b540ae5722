; ModuleID = '/tmp/tmps278s5nn/csmith_2.c'
source_filename = "/tmp/tmps278s5nn/csmith_2.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.S0 = type <{ i64, i8, [3 x i8] }>

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_14 = internal global i16 27006, align 2
@.str.1 = private unnamed_addr constant [5 x i8] c"g_14\00", align 1
@g_40 = internal global i16 -5, align 2
@.str.2 = private unnamed_addr constant [5 x i8] c"g_40\00", align 1
@g_79 = internal global i32 222134202, align 4
@.str.3 = private unnamed_addr constant [5 x i8] c"g_79\00", align 1
@g_116 = internal global i32 0, align 4
@.str.4 = private unnamed_addr constant [6 x i8] c"g_116\00", align 1
@g_118 = internal global i64 9110767686001132031, align 8
@.str.5 = private unnamed_addr constant [6 x i8] c"g_118\00", align 1
@g_126 = internal global i64 2435477643616883964, align 8
@.str.6 = private unnamed_addr constant [6 x i8] c"g_126\00", align 1
@g_128 = internal global [8 x [8 x i64]] [[8 x i64] [i64 -212943924212503512, i64 4183193621229262397, i64 -9079599956547096874, i64 -7570006464660726140, i64 -7570006464660726140, i64 -9079599956547096874, i64 4183193621229262397, i64 -212943924212503512], [8 x i64] [i64 8, i64 4183193621229262397, i64 0, i64 -7570006464660726140, i64 0, i64 -9079599956547096874, i64 -8395570138692585607, i64 -212943924212503512], [8 x i64] [i64 -212943924212503512, i64 4183193621229262397, i64 -9079599956547096874, i64 -7570006464660726140, i64 -7570006464660726140, i64 -9079599956547096874, i64 4183193621229262397, i64 -212943924212503512], [8 x i64] [i64 8, i64 4183193621229262397, i64 0, i64 -7570006464660726140, i64 0, i64 -9079599956547096874, i64 -8395570138692585607, i64 -212943924212503512], [8 x i64] [i64 -212943924212503512, i64 4183193621229262397, i64 -9079599956547096874, i64 -7570006464660726140, i64 -7570006464660726140, i64 -9079599956547096874, i64 4183193621229262397, i64 -212943924212503512], [8 x i64] [i64 8, i64 4183193621229262397, i64 0, i64 -7570006464660726140, i64 0, i64 -9079599956547096874, i64 -8395570138692585607, i64 -212943924212503512], [8 x i64] [i64 -212943924212503512, i64 4183193621229262397, i64 -9079599956547096874, i64 -7570006464660726140, i64 -7570006464660726140, i64 -9079599956547096874, i64 4183193621229262397, i64 -212943924212503512], [8 x i64] [i64 8, i64 4183193621229262397, i64 0, i64 -7570006464660726140, i64 0, i64 -9079599956547096874, i64 -8395570138692585607, i64 -212943924212503512]], align 16
@.str.7 = private unnamed_addr constant [12 x i8] c"g_128[i][j]\00", align 1
@.str.8 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@g_138 = internal global i16 1, align 2
@.str.9 = private unnamed_addr constant [6 x i8] c"g_138\00", align 1
@g_141 = internal global i64 -640504370035940016, align 8
@.str.10 = private unnamed_addr constant [6 x i8] c"g_141\00", align 1
@g_161 = internal global i8 -117, align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"g_161\00", align 1
@g_163 = internal global i32 762921616, align 4
@.str.12 = private unnamed_addr constant [6 x i8] c"g_163\00", align 1
@g_181 = internal global [10 x i8] c"\01\01\01\01\01\01\01\01\01\01", align 1
@.str.13 = private unnamed_addr constant [9 x i8] c"g_181[i]\00", align 1
@.str.14 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_182 = internal global i16 30655, align 2
@.str.15 = private unnamed_addr constant [6 x i8] c"g_182\00", align 1
@g_185 = internal global [8 x i8] c"\00\F6\F6\00\F6\F6\00\F6", align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"g_185[i]\00", align 1
@g_212 = internal global i32 952874393, align 4
@.str.17 = private unnamed_addr constant [6 x i8] c"g_212\00", align 1
@g_215 = internal global i16 23866, align 2
@.str.18 = private unnamed_addr constant [6 x i8] c"g_215\00", align 1
@g_218 = internal global [7 x i32] [i32 290882168, i32 290882168, i32 0, i32 290882168, i32 290882168, i32 0, i32 290882168], align 16
@.str.19 = private unnamed_addr constant [9 x i8] c"g_218[i]\00", align 1
@g_226 = internal global i64 -1695912770970243665, align 8
@.str.20 = private unnamed_addr constant [6 x i8] c"g_226\00", align 1
@.str.21 = private unnamed_addr constant [9 x i8] c"g_231.f0\00", align 1
@.str.22 = private unnamed_addr constant [9 x i8] c"g_231.f1\00", align 1
@.str.23 = private unnamed_addr constant [9 x i8] c"g_231.f2\00", align 1
@.str.24 = private unnamed_addr constant [9 x i8] c"g_231.f3\00", align 1
@.str.25 = private unnamed_addr constant [9 x i8] c"g_231.f4\00", align 1
@.str.26 = private unnamed_addr constant [9 x i8] c"g_231.f5\00", align 1
@g_254 = internal global i64 -1, align 8
@.str.27 = private unnamed_addr constant [6 x i8] c"g_254\00", align 1
@g_255 = internal global [1 x [5 x [3 x i64]]] [[5 x [3 x i64]] [[3 x i64] [i64 -5, i64 -5, i64 -5], [3 x i64] [i64 9, i64 9, i64 9], [3 x i64] [i64 -5, i64 -5, i64 -5], [3 x i64] [i64 9, i64 9, i64 9], [3 x i64] [i64 -5, i64 -5, i64 -5]]], align 16
@.str.28 = private unnamed_addr constant [15 x i8] c"g_255[i][j][k]\00", align 1
@.str.29 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_267 = internal global i32 -1, align 4
@.str.30 = private unnamed_addr constant [6 x i8] c"g_267\00", align 1
@g_268 = internal global i64 -244795719679792129, align 8
@.str.31 = private unnamed_addr constant [6 x i8] c"g_268\00", align 1
@g_306 = internal global [2 x i8] c"\AE\AE", align 1
@.str.32 = private unnamed_addr constant [9 x i8] c"g_306[i]\00", align 1
@g_309 = internal global [7 x i32] [i32 -1565518315, i32 -1565518315, i32 -1565518315, i32 -1565518315, i32 -1565518315, i32 -1565518315, i32 -1565518315], align 16
@.str.33 = private unnamed_addr constant [9 x i8] c"g_309[i]\00", align 1
@g_310 = internal global i32 727154067, align 4
@.str.34 = private unnamed_addr constant [6 x i8] c"g_310\00", align 1
@g_313 = internal global i16 -855, align 2
@.str.35 = private unnamed_addr constant [6 x i8] c"g_313\00", align 1
@g_314 = internal global i8 120, align 1
@.str.36 = private unnamed_addr constant [6 x i8] c"g_314\00", align 1
@g_315 = internal global i8 68, align 1
@.str.37 = private unnamed_addr constant [6 x i8] c"g_315\00", align 1
@g_319 = internal global i32 297913571, align 4
@.str.38 = private unnamed_addr constant [6 x i8] c"g_319\00", align 1
@.str.39 = private unnamed_addr constant [9 x i8] c"g_325.f0\00", align 1
@.str.40 = private unnamed_addr constant [9 x i8] c"g_325.f1\00", align 1
@.str.41 = private unnamed_addr constant [9 x i8] c"g_325.f2\00", align 1
@.str.42 = private unnamed_addr constant [9 x i8] c"g_325.f3\00", align 1
@.str.43 = private unnamed_addr constant [9 x i8] c"g_325.f4\00", align 1
@.str.44 = private unnamed_addr constant [9 x i8] c"g_325.f5\00", align 1
@.str.45 = private unnamed_addr constant [9 x i8] c"g_349.f0\00", align 1
@.str.46 = private unnamed_addr constant [9 x i8] c"g_349.f1\00", align 1
@.str.47 = private unnamed_addr constant [9 x i8] c"g_349.f2\00", align 1
@.str.48 = private unnamed_addr constant [9 x i8] c"g_349.f3\00", align 1
@.str.49 = private unnamed_addr constant [9 x i8] c"g_349.f4\00", align 1
@.str.50 = private unnamed_addr constant [9 x i8] c"g_349.f5\00", align 1
@g_426 = internal global [7 x [2 x i16]] [[2 x i16] [i16 9, i16 -26770], [2 x i16] [i16 -26770, i16 9], [2 x i16] [i16 -26770, i16 -26770], [2 x i16] [i16 9, i16 -26770], [2 x i16] [i16 -26770, i16 9], [2 x i16] [i16 -26770, i16 -26770], [2 x i16] [i16 9, i16 -26770]], align 16
@.str.51 = private unnamed_addr constant [12 x i8] c"g_426[i][j]\00", align 1
@g_438 = internal global i32 -480109638, align 4
@.str.52 = private unnamed_addr constant [6 x i8] c"g_438\00", align 1
@g_458 = internal global i8 1, align 1
@.str.53 = private unnamed_addr constant [6 x i8] c"g_458\00", align 1
@g_467 = internal global i16 -23203, align 2
@.str.54 = private unnamed_addr constant [6 x i8] c"g_467\00", align 1
@.str.55 = private unnamed_addr constant [9 x i8] c"g_477.f0\00", align 1
@.str.56 = private unnamed_addr constant [9 x i8] c"g_477.f1\00", align 1
@.str.57 = private unnamed_addr constant [9 x i8] c"g_477.f2\00", align 1
@.str.58 = private unnamed_addr constant [9 x i8] c"g_477.f3\00", align 1
@.str.59 = private unnamed_addr constant [9 x i8] c"g_477.f4\00", align 1
@.str.60 = private unnamed_addr constant [9 x i8] c"g_477.f5\00", align 1
@.str.61 = private unnamed_addr constant [15 x i8] c"g_498[i][j].f0\00", align 1
@.str.62 = private unnamed_addr constant [15 x i8] c"g_498[i][j].f1\00", align 1
@.str.63 = private unnamed_addr constant [15 x i8] c"g_498[i][j].f2\00", align 1
@.str.64 = private unnamed_addr constant [15 x i8] c"g_498[i][j].f3\00", align 1
@.str.65 = private unnamed_addr constant [15 x i8] c"g_498[i][j].f4\00", align 1
@.str.66 = private unnamed_addr constant [15 x i8] c"g_498[i][j].f5\00", align 1
@.str.67 = private unnamed_addr constant [18 x i8] c"g_635[i][j][k].f0\00", align 1
@.str.68 = private unnamed_addr constant [18 x i8] c"g_635[i][j][k].f1\00", align 1
@.str.69 = private unnamed_addr constant [18 x i8] c"g_635[i][j][k].f2\00", align 1
@.str.70 = private unnamed_addr constant [18 x i8] c"g_635[i][j][k].f3\00", align 1
@.str.71 = private unnamed_addr constant [18 x i8] c"g_635[i][j][k].f4\00", align 1
@.str.72 = private unnamed_addr constant [18 x i8] c"g_635[i][j][k].f5\00", align 1
@g_691 = internal global i8 34, align 1
@.str.73 = private unnamed_addr constant [6 x i8] c"g_691\00", align 1
@g_791 = internal global i32 -1, align 4
@.str.74 = private unnamed_addr constant [6 x i8] c"g_791\00", align 1
@.str.75 = private unnamed_addr constant [9 x i8] c"g_975.f0\00", align 1
@.str.76 = private unnamed_addr constant [9 x i8] c"g_975.f1\00", align 1
@.str.77 = private unnamed_addr constant [9 x i8] c"g_975.f2\00", align 1
@.str.78 = private unnamed_addr constant [9 x i8] c"g_975.f3\00", align 1
@.str.79 = private unnamed_addr constant [9 x i8] c"g_975.f4\00", align 1
@.str.80 = private unnamed_addr constant [9 x i8] c"g_975.f5\00", align 1
@.str.81 = private unnamed_addr constant [13 x i8] c"g_1084[i].f0\00", align 1
@.str.82 = private unnamed_addr constant [13 x i8] c"g_1084[i].f1\00", align 1
@.str.83 = private unnamed_addr constant [13 x i8] c"g_1084[i].f2\00", align 1
@.str.84 = private unnamed_addr constant [13 x i8] c"g_1084[i].f3\00", align 1
@.str.85 = private unnamed_addr constant [13 x i8] c"g_1084[i].f4\00", align 1
@.str.86 = private unnamed_addr constant [13 x i8] c"g_1084[i].f5\00", align 1
@g_1109 = internal global i16 5, align 2
@.str.87 = private unnamed_addr constant [7 x i8] c"g_1109\00", align 1
@g_1110 = internal global i32 0, align 4
@.str.88 = private unnamed_addr constant [7 x i8] c"g_1110\00", align 1
@g_1172 = internal constant [3 x i32] [i32 -1171490985, i32 -1171490985, i32 -1171490985], align 4
@.str.89 = private unnamed_addr constant [10 x i8] c"g_1172[i]\00", align 1
@g_1331 = internal global i16 1, align 2
@.str.90 = private unnamed_addr constant [7 x i8] c"g_1331\00", align 1
@.str.91 = private unnamed_addr constant [10 x i8] c"g_1348.f0\00", align 1
@.str.92 = private unnamed_addr constant [10 x i8] c"g_1348.f1\00", align 1
@.str.93 = private unnamed_addr constant [10 x i8] c"g_1348.f2\00", align 1
@.str.94 = private unnamed_addr constant [10 x i8] c"g_1348.f3\00", align 1
@.str.95 = private unnamed_addr constant [10 x i8] c"g_1348.f4\00", align 1
@.str.96 = private unnamed_addr constant [10 x i8] c"g_1348.f5\00", align 1
@.str.97 = private unnamed_addr constant [10 x i8] c"g_1354.f0\00", align 1
@.str.98 = private unnamed_addr constant [10 x i8] c"g_1354.f1\00", align 1
@.str.99 = private unnamed_addr constant [10 x i8] c"g_1354.f2\00", align 1
@.str.100 = private unnamed_addr constant [10 x i8] c"g_1354.f3\00", align 1
@.str.101 = private unnamed_addr constant [10 x i8] c"g_1354.f4\00", align 1
@.str.102 = private unnamed_addr constant [10 x i8] c"g_1354.f5\00", align 1
@.str.103 = private unnamed_addr constant [10 x i8] c"g_1404.f0\00", align 1
@.str.104 = private unnamed_addr constant [10 x i8] c"g_1404.f1\00", align 1
@.str.105 = private unnamed_addr constant [10 x i8] c"g_1404.f2\00", align 1
@.str.106 = private unnamed_addr constant [10 x i8] c"g_1404.f3\00", align 1
@.str.107 = private unnamed_addr constant [10 x i8] c"g_1404.f4\00", align 1
@.str.108 = private unnamed_addr constant [10 x i8] c"g_1404.f5\00", align 1
@g_1467 = internal global [6 x i32] [i32 0, i32 -8, i32 -8, i32 0, i32 -8, i32 -8], align 16
@.str.109 = private unnamed_addr constant [10 x i8] c"g_1467[i]\00", align 1
@.str.110 = private unnamed_addr constant [10 x i8] c"g_1692.f0\00", align 1
@.str.111 = private unnamed_addr constant [10 x i8] c"g_1692.f1\00", align 1
@.str.112 = private unnamed_addr constant [10 x i8] c"g_1692.f2\00", align 1
@.str.113 = private unnamed_addr constant [10 x i8] c"g_1692.f3\00", align 1
@.str.114 = private unnamed_addr constant [10 x i8] c"g_1692.f4\00", align 1
@.str.115 = private unnamed_addr constant [10 x i8] c"g_1692.f5\00", align 1
@g_1727 = internal global i32 1588843614, align 4
@.str.116 = private unnamed_addr constant [7 x i8] c"g_1727\00", align 1
@g_1865 = internal global i8 10, align 1
@.str.117 = private unnamed_addr constant [7 x i8] c"g_1865\00", align 1
@g_1977 = internal global [2 x [7 x [9 x i64]]] [[7 x [9 x i64]] [[9 x i64] [i64 67159691247584927, i64 0, i64 -1, i64 -8, i64 8714993905211022763, i64 8714993905211022763, i64 -8, i64 -1, i64 0], [9 x i64] [i64 6742060994799569476, i64 4468009250824507352, i64 -4, i64 -3229668185158906372, i64 6, i64 -2200264728444959951, i64 0, i64 -3294481746561387274, i64 -4], [9 x i64] [i64 67159691247584927, i64 8714993905211022763, i64 0, i64 7963938232621681636, i64 0, i64 8714993905211022763, i64 67159691247584927, i64 0, i64 -1], [9 x i64] [i64 8713971800991859161, i64 4468009250824507352, i64 0, i64 8322103572941906837, i64 7280040704954097330, i64 1, i64 1, i64 7008134222950629849, i64 9], [9 x i64] [i64 -1, i64 1, i64 1, i64 -1, i64 0, i64 -7, i64 1, i64 1, i64 -7], [9 x i64] [i64 7280040704954097330, i64 -1964561900456232824, i64 0, i64 1, i64 4807067817469808630, i64 -459378129868725466, i64 0, i64 8, i64 9], [9 x i64] [i64 1, i64 0, i64 -7591796015820449467, i64 4534126424447733330, i64 0, i64 1, i64 8714993905211022763, i64 -7591796015820449467, i64 -7591796015820449467]], [7 x [9 x i64]] [[9 x i64] [i64 7280040704954097330, i64 -459378129868725466, i64 9, i64 4468009250824507352, i64 9, i64 -459378129868725466, i64 7280040704954097330, i64 -1964561900456232824, i64 0], [9 x i64] [i64 -1, i64 0, i64 -7, i64 1, i64 1, i64 -7, i64 8714993905211022763, i64 -7, i64 1], [9 x i64] [i64 -4, i64 -1964561900456232824, i64 9, i64 -3294481746561387274, i64 2443376927891144723, i64 7008134222950629849, i64 0, i64 -1964561900456232824, i64 1500855174201904244], [9 x i64] [i64 0, i64 1, i64 -7591796015820449467, i64 1, i64 -1, i64 -1, i64 1, i64 -7591796015820449467, i64 1], [9 x i64] [i64 0, i64 6512364884158744859, i64 0, i64 4468009250824507352, i64 2443376927891144723, i64 -1964561900456232824, i64 1, i64 8, i64 0], [9 x i64] [i64 0, i64 -1, i64 1, i64 4534126424447733330, i64 1, i64 -1, i64 0, i64 1, i64 -7591796015820449467], [9 x i64] [i64 -4, i64 6512364884158744859, i64 1500855174201904244, i64 1, i64 9, i64 7008134222950629849, i64 1, i64 7008134222950629849, i64 9]]], align 16
@.str.118 = private unnamed_addr constant [16 x i8] c"g_1977[i][j][k]\00", align 1
@.str.119 = private unnamed_addr constant [10 x i8] c"g_2083.f0\00", align 1
@.str.120 = private unnamed_addr constant [10 x i8] c"g_2083.f1\00", align 1
@.str.121 = private unnamed_addr constant [10 x i8] c"g_2083.f2\00", align 1
@.str.122 = private unnamed_addr constant [10 x i8] c"g_2083.f3\00", align 1
@.str.123 = private unnamed_addr constant [10 x i8] c"g_2083.f4\00", align 1
@.str.124 = private unnamed_addr constant [10 x i8] c"g_2083.f5\00", align 1
@g_2160 = internal global i64 1856606694221500281, align 8
@.str.125 = private unnamed_addr constant [7 x i8] c"g_2160\00", align 1
@g_2261 = internal global [1 x [7 x i16]] zeroinitializer, align 2
@.str.126 = private unnamed_addr constant [13 x i8] c"g_2261[i][j]\00", align 1
@.str.127 = private unnamed_addr constant [10 x i8] c"g_2262.f0\00", align 1
@.str.128 = private unnamed_addr constant [10 x i8] c"g_2262.f1\00", align 1
@.str.129 = private unnamed_addr constant [10 x i8] c"g_2262.f2\00", align 1
@.str.130 = private unnamed_addr constant [10 x i8] c"g_2262.f3\00", align 1
@.str.131 = private unnamed_addr constant [10 x i8] c"g_2262.f4\00", align 1
@.str.132 = private unnamed_addr constant [10 x i8] c"g_2262.f5\00", align 1
@.str.133 = private unnamed_addr constant [10 x i8] c"g_2332.f0\00", align 1
@.str.134 = private unnamed_addr constant [10 x i8] c"g_2332.f1\00", align 1
@.str.135 = private unnamed_addr constant [10 x i8] c"g_2332.f2\00", align 1
@.str.136 = private unnamed_addr constant [10 x i8] c"g_2332.f3\00", align 1
@.str.137 = private unnamed_addr constant [10 x i8] c"g_2332.f4\00", align 1
@.str.138 = private unnamed_addr constant [10 x i8] c"g_2332.f5\00", align 1
@.str.139 = private unnamed_addr constant [10 x i8] c"g_2499.f0\00", align 1
@.str.140 = private unnamed_addr constant [10 x i8] c"g_2499.f1\00", align 1
@.str.141 = private unnamed_addr constant [10 x i8] c"g_2499.f2\00", align 1
@.str.142 = private unnamed_addr constant [10 x i8] c"g_2499.f3\00", align 1
@.str.143 = private unnamed_addr constant [10 x i8] c"g_2499.f4\00", align 1
@.str.144 = private unnamed_addr constant [10 x i8] c"g_2499.f5\00", align 1
@g_2518 = internal global i8 3, align 1
@.str.145 = private unnamed_addr constant [7 x i8] c"g_2518\00", align 1
@.str.146 = private unnamed_addr constant [10 x i8] c"g_2574.f0\00", align 1
@.str.147 = private unnamed_addr constant [10 x i8] c"g_2574.f1\00", align 1
@.str.148 = private unnamed_addr constant [10 x i8] c"g_2574.f2\00", align 1
@.str.149 = private unnamed_addr constant [10 x i8] c"g_2574.f3\00", align 1
@.str.150 = private unnamed_addr constant [10 x i8] c"g_2574.f4\00", align 1
@.str.151 = private unnamed_addr constant [10 x i8] c"g_2574.f5\00", align 1
@g_2604 = internal global i16 -8401, align 2
@.str.152 = private unnamed_addr constant [7 x i8] c"g_2604\00", align 1
@g_2634 = internal global i8 31, align 1
@.str.153 = private unnamed_addr constant [7 x i8] c"g_2634\00", align 1
@g_2681 = internal global [4 x [9 x [5 x i8]]] [[9 x [5 x i8]] [[5 x i8] c"\FF\FC\FF\00\03", [5 x i8] c"\01\01\00\A5\09", [5 x i8] c"\03\05\08\04\FF", [5 x i8] c"]k\00\09\F3", [5 x i8] c"\01\00\FF\FDW", [5 x i8] c"\00]]\00L", [5 x i8] c"\09\05W\00\01", [5 x i8] c"\00\96\01\1E\01", [5 x i8] c"\89\FD\01\00W"], [9 x [5 x i8]] [[5 x i8] c"\09kL\00\00", [5 x i8] c"\08\FCO\FC\08", [5 x i8] c"\A5k\E1\01\1E", [5 x i8] c"\BB\FDL\05\FF", [5 x i8] c"\01\96\01k\1E", [5 x i8] c"\FF\05\89\00\08", [5 x i8] c"\1E\00]]\00", [5 x i8] c"L\FF\89\04W", [5 x i8] c"\96\F3\01L\01"], [9 x [5 x i8]] [[5 x i8] c"\03\00L\00\01", [5 x i8] c"\96]\E1\A5L", [5 x i8] c"L\01O\FDO", [5 x i8] c"\1E\1EL\A5\E1", [5 x i8] c"\FF\00\01\00L", [5 x i8] c"\01L\01L\01", [5 x i8] c"\BB\00W\04\89", [5 x i8] c"\A5\1E\00]]", [5 x i8] c"\08\01\08\00\89"], [9 x [5 x i8]] [[5 x i8] c"\09]\1Ek\01", [5 x i8] c"\89\00\FF\05L", [5 x i8] c"\00\F3\1E\01\E1", [5 x i8] c"\09\FF\08\FCO", [5 x i8] c"\00\00\00\00L", [5 x i8] c"\09\05W\00\01", [5 x i8] c"\00\96\01\1E\01", [5 x i8] c"\89\FD\01\00W", [5 x i8] c"\09kL\00\00"]], align 16
@.str.154 = private unnamed_addr constant [16 x i8] c"g_2681[i][j][k]\00", align 1
@.str.155 = private unnamed_addr constant [13 x i8] c"g_2686[i].f0\00", align 1
@.str.156 = private unnamed_addr constant [13 x i8] c"g_2686[i].f1\00", align 1
@.str.157 = private unnamed_addr constant [13 x i8] c"g_2686[i].f2\00", align 1
@.str.158 = private unnamed_addr constant [13 x i8] c"g_2686[i].f3\00", align 1
@.str.159 = private unnamed_addr constant [13 x i8] c"g_2686[i].f4\00", align 1
@.str.160 = private unnamed_addr constant [13 x i8] c"g_2686[i].f5\00", align 1
@.str.161 = private unnamed_addr constant [10 x i8] c"g_2738.f0\00", align 1
@.str.162 = private unnamed_addr constant [10 x i8] c"g_2738.f1\00", align 1
@.str.163 = private unnamed_addr constant [10 x i8] c"g_2738.f2\00", align 1
@.str.164 = private unnamed_addr constant [10 x i8] c"g_2738.f3\00", align 1
@.str.165 = private unnamed_addr constant [10 x i8] c"g_2738.f4\00", align 1
@.str.166 = private unnamed_addr constant [10 x i8] c"g_2738.f5\00", align 1
@g_2781 = internal global i16 -25490, align 2
@.str.167 = private unnamed_addr constant [7 x i8] c"g_2781\00", align 1
@g_2981 = internal global i32 -3, align 4
@.str.168 = private unnamed_addr constant [7 x i8] c"g_2981\00", align 1
@g_2983 = internal global [2 x i32] [i32 -770978521, i32 -770978521], align 4
@.str.169 = private unnamed_addr constant [10 x i8] c"g_2983[i]\00", align 1
@.str.170 = private unnamed_addr constant [10 x i8] c"g_2985.f0\00", align 1
@.str.171 = private unnamed_addr constant [10 x i8] c"g_2985.f1\00", align 1
@.str.172 = private unnamed_addr constant [10 x i8] c"g_2985.f2\00", align 1
@.str.173 = private unnamed_addr constant [10 x i8] c"g_2985.f3\00", align 1
@.str.174 = private unnamed_addr constant [10 x i8] c"g_2985.f4\00", align 1
@.str.175 = private unnamed_addr constant [10 x i8] c"g_2985.f5\00", align 1
@.str.176 = private unnamed_addr constant [16 x i8] c"g_2997[i][j].f0\00", align 1
@.str.177 = private unnamed_addr constant [16 x i8] c"g_2997[i][j].f1\00", align 1
@.str.178 = private unnamed_addr constant [16 x i8] c"g_2997[i][j].f2\00", align 1
@.str.179 = private unnamed_addr constant [16 x i8] c"g_2997[i][j].f3\00", align 1
@.str.180 = private unnamed_addr constant [16 x i8] c"g_2997[i][j].f4\00", align 1
@.str.181 = private unnamed_addr constant [16 x i8] c"g_2997[i][j].f5\00", align 1
@.str.182 = private unnamed_addr constant [10 x i8] c"g_3060.f0\00", align 1
@.str.183 = private unnamed_addr constant [10 x i8] c"g_3060.f1\00", align 1
@.str.184 = private unnamed_addr constant [10 x i8] c"g_3060.f2\00", align 1
@.str.185 = private unnamed_addr constant [10 x i8] c"g_3060.f3\00", align 1
@.str.186 = private unnamed_addr constant [10 x i8] c"g_3060.f4\00", align 1
@.str.187 = private unnamed_addr constant [10 x i8] c"g_3060.f5\00", align 1
@.str.188 = private unnamed_addr constant [10 x i8] c"g_3110.f0\00", align 1
@.str.189 = private unnamed_addr constant [10 x i8] c"g_3110.f1\00", align 1
@.str.190 = private unnamed_addr constant [10 x i8] c"g_3110.f2\00", align 1
@.str.191 = private unnamed_addr constant [10 x i8] c"g_3110.f3\00", align 1
@.str.192 = private unnamed_addr constant [10 x i8] c"g_3110.f4\00", align 1
@.str.193 = private unnamed_addr constant [10 x i8] c"g_3110.f5\00", align 1
@.str.194 = private unnamed_addr constant [10 x i8] c"g_3182.f0\00", align 1
@.str.195 = private unnamed_addr constant [10 x i8] c"g_3182.f1\00", align 1
@.str.196 = private unnamed_addr constant [10 x i8] c"g_3182.f2\00", align 1
@.str.197 = private unnamed_addr constant [10 x i8] c"g_3182.f3\00", align 1
@.str.198 = private unnamed_addr constant [10 x i8] c"g_3182.f4\00", align 1
@.str.199 = private unnamed_addr constant [10 x i8] c"g_3182.f5\00", align 1
@g_3198 = internal global i8 30, align 1
@.str.200 = private unnamed_addr constant [7 x i8] c"g_3198\00", align 1
@g_3269 = internal global i64 0, align 8
@.str.201 = private unnamed_addr constant [7 x i8] c"g_3269\00", align 1
@.str.202 = private unnamed_addr constant [13 x i8] c"g_3278[i].f0\00", align 1
@.str.203 = private unnamed_addr constant [13 x i8] c"g_3278[i].f1\00", align 1
@.str.204 = private unnamed_addr constant [13 x i8] c"g_3278[i].f2\00", align 1
@.str.205 = private unnamed_addr constant [13 x i8] c"g_3278[i].f3\00", align 1
@.str.206 = private unnamed_addr constant [13 x i8] c"g_3278[i].f4\00", align 1
@.str.207 = private unnamed_addr constant [13 x i8] c"g_3278[i].f5\00", align 1
@.str.208 = private unnamed_addr constant [10 x i8] c"g_3359.f0\00", align 1
@.str.209 = private unnamed_addr constant [10 x i8] c"g_3359.f1\00", align 1
@.str.210 = private unnamed_addr constant [10 x i8] c"g_3359.f2\00", align 1
@.str.211 = private unnamed_addr constant [10 x i8] c"g_3359.f3\00", align 1
@.str.212 = private unnamed_addr constant [10 x i8] c"g_3359.f4\00", align 1
@.str.213 = private unnamed_addr constant [10 x i8] c"g_3359.f5\00", align 1
@g_3380 = internal global i8 3, align 1
@.str.214 = private unnamed_addr constant [7 x i8] c"g_3380\00", align 1
@.str.215 = private unnamed_addr constant [10 x i8] c"g_3400.f0\00", align 1
@.str.216 = private unnamed_addr constant [10 x i8] c"g_3400.f1\00", align 1
@.str.217 = private unnamed_addr constant [10 x i8] c"g_3400.f2\00", align 1
@.str.218 = private unnamed_addr constant [10 x i8] c"g_3400.f3\00", align 1
@.str.219 = private unnamed_addr constant [10 x i8] c"g_3400.f4\00", align 1
@.str.220 = private unnamed_addr constant [10 x i8] c"g_3400.f5\00", align 1
@g_3669 = internal global i8 -1, align 1
@.str.221 = private unnamed_addr constant [7 x i8] c"g_3669\00", align 1
@.str.222 = private unnamed_addr constant [13 x i8] c"g_3750[i].f0\00", align 1
@.str.223 = private unnamed_addr constant [13 x i8] c"g_3750[i].f1\00", align 1
@.str.224 = private unnamed_addr constant [13 x i8] c"g_3750[i].f2\00", align 1
@.str.225 = private unnamed_addr constant [13 x i8] c"g_3750[i].f3\00", align 1
@.str.226 = private unnamed_addr constant [13 x i8] c"g_3750[i].f4\00", align 1
@.str.227 = private unnamed_addr constant [13 x i8] c"g_3750[i].f5\00", align 1
@.str.228 = private unnamed_addr constant [10 x i8] c"g_3752.f0\00", align 1
@.str.229 = private unnamed_addr constant [10 x i8] c"g_3752.f1\00", align 1
@.str.230 = private unnamed_addr constant [10 x i8] c"g_3752.f2\00", align 1
@.str.231 = private unnamed_addr constant [10 x i8] c"g_3752.f3\00", align 1
@.str.232 = private unnamed_addr constant [10 x i8] c"g_3752.f4\00", align 1
@.str.233 = private unnamed_addr constant [10 x i8] c"g_3752.f5\00", align 1
@g_3799 = internal global i8 126, align 1
@.str.234 = private unnamed_addr constant [7 x i8] c"g_3799\00", align 1
@.str.235 = private unnamed_addr constant [13 x i8] c"g_3870[i].f0\00", align 1
@.str.236 = private unnamed_addr constant [13 x i8] c"g_3870[i].f1\00", align 1
@.str.237 = private unnamed_addr constant [13 x i8] c"g_3870[i].f2\00", align 1
@.str.238 = private unnamed_addr constant [13 x i8] c"g_3870[i].f3\00", align 1
@.str.239 = private unnamed_addr constant [13 x i8] c"g_3870[i].f4\00", align 1
@.str.240 = private unnamed_addr constant [13 x i8] c"g_3870[i].f5\00", align 1
@g_3875 = internal global i16 24135, align 2
@.str.241 = private unnamed_addr constant [7 x i8] c"g_3875\00", align 1
@.str.242 = private unnamed_addr constant [10 x i8] c"g_3927.f0\00", align 1
@.str.243 = private unnamed_addr constant [10 x i8] c"g_3927.f1\00", align 1
@.str.244 = private unnamed_addr constant [10 x i8] c"g_3927.f2\00", align 1
@.str.245 = private unnamed_addr constant [10 x i8] c"g_3927.f3\00", align 1
@.str.246 = private unnamed_addr constant [10 x i8] c"g_3927.f4\00", align 1
@.str.247 = private unnamed_addr constant [10 x i8] c"g_3927.f5\00", align 1
@.str.248 = private unnamed_addr constant [10 x i8] c"g_3954.f0\00", align 1
@.str.249 = private unnamed_addr constant [10 x i8] c"g_3954.f1\00", align 1
@.str.250 = private unnamed_addr constant [10 x i8] c"g_3954.f2\00", align 1
@.str.251 = private unnamed_addr constant [10 x i8] c"g_3954.f3\00", align 1
@.str.252 = private unnamed_addr constant [10 x i8] c"g_3954.f4\00", align 1
@.str.253 = private unnamed_addr constant [10 x i8] c"g_3954.f5\00", align 1
@g_3999 = internal global [3 x [4 x [3 x i8]]] [[4 x [3 x i8]] [[3 x i8] c"\83\AF\AF", [3 x i8] c"I\F8\F8", [3 x i8] c"\83\AF\AF", [3 x i8] c"I\F8\F8"], [4 x [3 x i8]] [[3 x i8] c"\83\AF\AF", [3 x i8] c"I\F8\F8", [3 x i8] c"\83\AF\AF", [3 x i8] c"I\F8\F8"], [4 x [3 x i8]] [[3 x i8] c"\83\AF\AF", [3 x i8] c"I\F8\F8", [3 x i8] c"\83\AF\AF", [3 x i8] c"I\F8\F8"]], align 16
@.str.254 = private unnamed_addr constant [16 x i8] c"g_3999[i][j][k]\00", align 1
@g_4057 = internal global i32 6, align 4
@.str.255 = private unnamed_addr constant [7 x i8] c"g_4057\00", align 1
@.str.256 = private unnamed_addr constant [10 x i8] c"g_4098.f0\00", align 1
@.str.257 = private unnamed_addr constant [10 x i8] c"g_4098.f1\00", align 1
@.str.258 = private unnamed_addr constant [10 x i8] c"g_4098.f2\00", align 1
@.str.259 = private unnamed_addr constant [10 x i8] c"g_4098.f3\00", align 1
@.str.260 = private unnamed_addr constant [10 x i8] c"g_4098.f4\00", align 1
@.str.261 = private unnamed_addr constant [10 x i8] c"g_4098.f5\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 16
@g_993 = internal global ptr getelementptr (i8, ptr @g_426, i64 2), align 8
@g_1683 = internal global ptr @g_1684, align 8
@__const.func_17.l_4029 = private unnamed_addr constant [2 x [9 x [6 x i16]]] [[9 x [6 x i16]] [[6 x i16] [i16 28669, i16 -26320, i16 -2, i16 18987, i16 0, i16 0], [6 x i16] [i16 -2, i16 1, i16 -13503, i16 -26320, i16 -4506, i16 0], [6 x i16] [i16 -6, i16 -1, i16 -2, i16 -2, i16 -1, i16 -6], [6 x i16] [i16 -4506, i16 -17722, i16 0, i16 -2, i16 28669, i16 -1], [6 x i16] [i16 -17722, i16 -13503, i16 28669, i16 1, i16 25723, i16 0], [6 x i16] [i16 -17722, i16 18987, i16 1, i16 -2, i16 1, i16 18987], [6 x i16] [i16 -4506, i16 28669, i16 -26320, i16 -2, i16 18987, i16 0], [6 x i16] [i16 -6, i16 -1, i16 -2, i16 -26320, i16 0, i16 1], [6 x i16] [i16 -2, i16 -1, i16 1, i16 18987, i16 18987, i16 1]], [9 x [6 x i16]] [[6 x i16] [i16 28669, i16 28669, i16 -1, i16 9, i16 1, i16 -17722], [6 x i16] [i16 -13503, i16 18987, i16 0, i16 -6, i16 25723, i16 -1], [6 x i16] [i16 0, i16 -13503, i16 0, i16 -17722, i16 28669, i16 -17722], [6 x i16] [i16 -1, i16 -17722, i16 -1, i16 0, i16 -1, i16 1], [6 x i16] [i16 0, i16 -1, i16 1, i16 25723, i16 -4506, i16 1], [6 x i16] [i16 9, i16 1, i16 -2, i16 25723, i16 0, i16 0], [6 x i16] [i16 0, i16 -26320, i16 -26320, i16 0, i16 -13503, i16 18987], [6 x i16] [i16 -1, i16 9, i16 1, i16 -17722, i16 -2, i16 0], [6 x i16] [i16 0, i16 25723, i16 28669, i16 -6, i16 -2, i16 -1]]], align 16
@g_955 = internal global ptr @g_956, align 8
@g_233 = internal global ptr @g_231, align 8
@g_1164 = internal global [7 x [4 x ptr]] [[4 x ptr] [ptr @g_115, ptr @g_115, ptr @g_115, ptr @g_115], [4 x ptr] [ptr @g_115, ptr @g_115, ptr @g_115, ptr @g_115], [4 x ptr] [ptr @g_115, ptr @g_115, ptr @g_115, ptr @g_115], [4 x ptr] [ptr @g_115, ptr @g_115, ptr @g_115, ptr @g_115], [4 x ptr] [ptr @g_115, ptr @g_115, ptr @g_115, ptr @g_115], [4 x ptr] [ptr @g_115, ptr @g_115, ptr @g_115, ptr @g_115], [4 x ptr] [ptr @g_115, ptr @g_115, ptr @g_115, ptr @g_115]], align 16
@g_2215 = internal global ptr @g_2216, align 8
@__const.func_17.l_3909 = private unnamed_addr constant [4 x [10 x [5 x ptr]]] [[10 x [5 x ptr]] [[5 x ptr] [ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215]], [10 x [5 x ptr]] [[5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null], [5 x ptr] [ptr null, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215]], [10 x [5 x ptr]] [[5 x ptr] [ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215]], [10 x [5 x ptr]] [[5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null], [5 x ptr] [ptr null, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215], [5 x ptr] [ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215]]], align 16
@__const.func_17.l_3947 = private unnamed_addr constant [1 x [3 x [4 x i32]]] [[3 x [4 x i32]] [[4 x i32] [i32 1967102131, i32 1967102131, i32 -1, i32 1967102131], [4 x i32] [i32 1967102131, i32 -882767951, i32 -882767951, i32 1967102131], [4 x i32] [i32 -882767951, i32 1967102131, i32 -882767951, i32 -882767951]]], align 16
@g_956 = internal global ptr getelementptr (i8, ptr @g_957, i64 8), align 8
@g_1015 = internal global ptr @g_438, align 8
@__const.func_17.l_3865 = private unnamed_addr constant [4 x [5 x [10 x ptr]]] [[5 x [10 x ptr]] [[10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr null, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr null, ptr @g_1015, ptr @g_1015, ptr null, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr null, ptr @g_1015, ptr null, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015]], [5 x [10 x ptr]] [[10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr null, ptr null, ptr null, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr null, ptr null, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr null, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015]], [5 x [10 x ptr]] [[10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr null, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr null, ptr null, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr null, ptr null, ptr null, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015]], [5 x [10 x ptr]] [[10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr null, ptr @g_1015, ptr null, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr null, ptr @g_1015, ptr @g_1015, ptr null, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015], [10 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr null, ptr null, ptr @g_1015, ptr @g_1015, ptr @g_1015, ptr @g_1015]]], align 16
@g_1684 = internal global ptr @g_1014, align 8
@g_2414 = internal global ptr null, align 8
@__const.func_17.l_4096 = private unnamed_addr constant [5 x [8 x ptr]] [[8 x ptr] [ptr @g_2414, ptr @g_2414, ptr null, ptr null, ptr @g_2414, ptr @g_2414, ptr null, ptr null], [8 x ptr] [ptr @g_2414, ptr @g_2414, ptr null, ptr null, ptr @g_2414, ptr @g_2414, ptr null, ptr null], [8 x ptr] [ptr @g_2414, ptr @g_2414, ptr null, ptr null, ptr @g_2414, ptr @g_2414, ptr null, ptr null], [8 x ptr] [ptr @g_2414, ptr @g_2414, ptr null, ptr null, ptr @g_2414, ptr @g_2414, ptr null, ptr null], [8 x ptr] [ptr @g_2414, ptr @g_2414, ptr null, ptr null, ptr @g_2414, ptr @g_2414, ptr null, ptr null]], align 16
@g_3302 = internal global ptr @g_3303, align 8
@__const.func_17.l_3883 = private unnamed_addr constant [5 x i32] [i32 -9, i32 -9, i32 -9, i32 -9, i32 -9], align 16
@g_2623 = internal global [7 x [4 x [9 x ptr]]] [[4 x [9 x ptr]] [[9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null], [9 x ptr] [ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr null]], [4 x [9 x ptr]] [[9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [9 x ptr] [ptr null, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215]], [4 x [9 x ptr]] [[9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215], [9 x ptr] [ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr null, ptr null, ptr @g_2215, ptr null], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215]], [4 x [9 x ptr]] [[9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null], [9 x ptr] [ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215]], [4 x [9 x ptr]] [[9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [9 x ptr] [ptr null, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215]], [4 x [9 x ptr]] [[9 x ptr] [ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr null, ptr null, ptr @g_2215, ptr null], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215]], [4 x [9 x ptr]] [[9 x ptr] [ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null], [9 x ptr] [ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr null, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215], [9 x ptr] [ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215, ptr @g_2215]]], align 16
@g_1074 = internal global ptr @g_1075, align 8
@__const.func_17.l_3911 = private unnamed_addr constant [3 x [7 x [2 x ptr]]] [[7 x [2 x ptr]] [[2 x ptr] [ptr null, ptr @g_1074], [2 x ptr] [ptr null, ptr @g_1074], [2 x ptr] [ptr null, ptr @g_1074], [2 x ptr] zeroinitializer, [2 x ptr] [ptr @g_1074, ptr @g_1074], [2 x ptr] [ptr @g_1074, ptr @g_1074], [2 x ptr] [ptr null, ptr @g_1074]], [7 x [2 x ptr]] [[2 x ptr] [ptr @g_1074, ptr @g_1074], [2 x ptr] [ptr @g_1074, ptr null], [2 x ptr] [ptr null, ptr @g_1074], [2 x ptr] [ptr null, ptr @g_1074], [2 x ptr] [ptr null, ptr @g_1074], [2 x ptr] zeroinitializer, [2 x ptr] [ptr @g_1074, ptr @g_1074]], [7 x [2 x ptr]] [[2 x ptr] [ptr @g_1074, ptr @g_1074], [2 x ptr] [ptr null, ptr @g_1074], [2 x ptr] [ptr @g_1074, ptr @g_1074], [2 x ptr] [ptr @g_1074, ptr null], [2 x ptr] [ptr null, ptr @g_1074], [2 x ptr] [ptr null, ptr @g_1074], [2 x ptr] [ptr null, ptr @g_1074]]], align 16
@g_992 = internal global ptr @g_993, align 8
@g_1178 = internal global ptr @g_267, align 8
@g_3800 = internal global ptr @g_212, align 8
@g_115 = internal global ptr @g_116, align 8
@g_2687 = internal global ptr @g_1074, align 8
@__const.func_17.l_3957 = private unnamed_addr constant [2 x [3 x [6 x ptr]]] [[3 x [6 x ptr]] [[6 x ptr] [ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074], [6 x ptr] [ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074], [6 x ptr] [ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074]], [3 x [6 x ptr]] [[6 x ptr] [ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074], [6 x ptr] [ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074], [6 x ptr] [ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074]]], align 16
@__const.func_17.l_3988 = private unnamed_addr constant [6 x [7 x i32]] [[7 x i32] [i32 0, i32 0, i32 4, i32 -1274557793, i32 -4, i32 7, i32 0], [7 x i32] [i32 0, i32 -1755948729, i32 4, i32 4, i32 -1755948729, i32 0, i32 -2103100191], [7 x i32] [i32 1, i32 4, i32 -795967286, i32 -2103100191, i32 -4, i32 -4, i32 -2103100191], [7 x i32] [i32 -1274557793, i32 -1215616545, i32 -1274557793, i32 7, i32 -2103100191, i32 1, i32 0], [7 x i32] [i32 -795967286, i32 4, i32 1, i32 7, i32 1, i32 4, i32 -795967286], [7 x i32] [i32 4, i32 -1755948729, i32 0, i32 -2103100191, i32 0, i32 1, i32 0]], align 16
@g_2216 = internal global ptr @g_1005, align 8
@__const.func_17.l_3921 = private unnamed_addr constant [5 x [9 x [2 x i32]]] [[9 x [2 x i32]] [[2 x i32] [i32 -790526086, i32 0], [2 x i32] [i32 -1906033788, i32 1924028167], [2 x i32] [i32 -1224534635, i32 526379992], [2 x i32] [i32 0, i32 -1150053134], [2 x i32] [i32 0, i32 526379992], [2 x i32] [i32 -1224534635, i32 1924028167], [2 x i32] [i32 -1906033788, i32 0], [2 x i32] [i32 -790526086, i32 0], [2 x i32] [i32 -1906033788, i32 1924028167]], [9 x [2 x i32]] [[2 x i32] [i32 -1224534635, i32 526379992], [2 x i32] [i32 0, i32 -1150053134], [2 x i32] [i32 0, i32 526379992], [2 x i32] [i32 -1224534635, i32 1924028167], [2 x i32] [i32 -1906033788, i32 0], [2 x i32] [i32 -790526086, i32 0], [2 x i32] [i32 -1906033788, i32 1924028167], [2 x i32] [i32 -1224534635, i32 526379992], [2 x i32] [i32 0, i32 -1150053134]], [9 x [2 x i32]] [[2 x i32] [i32 0, i32 526379992], [2 x i32] [i32 -1224534635, i32 1924028167], [2 x i32] [i32 -1906033788, i32 0], [2 x i32] [i32 -790526086, i32 0], [2 x i32] [i32 -1906033788, i32 1924028167], [2 x i32] [i32 -1224534635, i32 526379992], [2 x i32] [i32 0, i32 -1150053134], [2 x i32] [i32 0, i32 526379992], [2 x i32] [i32 -1224534635, i32 1924028167]], [9 x [2 x i32]] [[2 x i32] [i32 -1906033788, i32 0], [2 x i32] [i32 -790526086, i32 0], [2 x i32] [i32 -1906033788, i32 1924028167], [2 x i32] [i32 -1224534635, i32 526379992], [2 x i32] [i32 0, i32 -1150053134], [2 x i32] [i32 0, i32 526379992], [2 x i32] [i32 -1224534635, i32 1924028167], [2 x i32] [i32 -1906033788, i32 0], [2 x i32] [i32 -790526086, i32 0]], [9 x [2 x i32]] [[2 x i32] [i32 -1906033788, i32 1924028167], [2 x i32] [i32 -1224534635, i32 526379992], [2 x i32] [i32 0, i32 -1150053134], [2 x i32] [i32 0, i32 526379992], [2 x i32] [i32 -1224534635, i32 1924028167], [2 x i32] [i32 -1906033788, i32 0], [2 x i32] [i32 -790526086, i32 0], [2 x i32] [i32 -1906033788, i32 1924028167], [2 x i32] [i32 -1224534635, i32 526379992]]], align 16
@__const.func_17.l_3940 = private unnamed_addr constant [10 x ptr] [ptr @g_141, ptr @g_141, ptr @g_141, ptr @g_141, ptr @g_141, ptr @g_141, ptr @g_141, ptr @g_141, ptr @g_141, ptr @g_141], align 16
@g_1682 = internal global ptr @g_1683, align 8
@__const.func_17.l_3984 = private unnamed_addr constant [5 x ptr] [ptr @g_141, ptr @g_141, ptr @g_141, ptr @g_141, ptr @g_141], align 16
@g_1075 = internal global ptr getelementptr (i8, ptr @g_1076, i64 1168), align 8
@g_399 = internal global ptr getelementptr (i8, ptr @g_400, i64 32), align 8
@g_2146 = internal global ptr @g_2147, align 8
@g_3576 = internal global ptr null, align 8
@g_4069 = internal global ptr getelementptr (i8, ptr @g_4070, i64 48), align 8
@__const.func_17.l_4126 = private unnamed_addr constant [9 x [3 x [4 x i8]]] [[3 x [4 x i8]] [[4 x i8] c"\FF*\B9\02", [4 x i8] c"*\04\E7\A6", [4 x i8] c"\1D\00\06*"], [3 x [4 x i8]] [[4 x i8] c"\E6\FF\1D\00", [4 x i8] c"\F0=\FF\E7", [4 x i8] c"\D3\F7\03\1D"], [3 x [4 x i8]] [[4 x i8] c"\03\A6\00\F0", [4 x i8] c"\08\E6\D3\C1", [4 x i8] c"C\FF\F9\FF"], [3 x [4 x i8]] [[4 x i8] c"\B9C\03\06", [4 x i8] c"\AC\00\D3\AC", [4 x i8] c"\03\00\FF\E6"], [3 x [4 x i8]] [[4 x i8] c"\03\F7\D3\E4", [4 x i8] c"\13\E6\1F\03", [4 x i8] c"\00\B9\E4C"], [3 x [4 x i8]] [[4 x i8] c",=\00\1D", [4 x i8] c"\F9\00\FF\F6", [4 x i8] c"\1F\02\03\13"], [3 x [4 x i8]] [[4 x i8] c"\00I\1D*", [4 x i8] c"\C1\F9\A6\F7", [4 x i8] c"\CC\FF\FF\CC"], [3 x [4 x i8]] [[4 x i8] c"\A6\00\00=", [4 x i8] c"\93\08\00\D1", [4 x i8] c"\B9\FFI\D1"], [3 x [4 x i8]] [[4 x i8] c"\03\08\00=", [4 x i8] c"\F0\00\AC\CC", [4 x i8] c"\FD\FF\93\F7"]], align 16
@g_957 = internal global [3 x ptr] [ptr getelementptr (i8, ptr @g_185, i64 6), ptr getelementptr (i8, ptr @g_185, i64 6), ptr getelementptr (i8, ptr @g_185, i64 6)], align 16
@g_1014 = internal global ptr @g_1015, align 8
@g_3303 = internal global ptr @g_3304, align 8
@g_3304 = internal global ptr @g_577, align 8
@g_577 = internal global ptr @g_578, align 8
@g_578 = internal global ptr null, align 8
@g_1005 = internal global ptr @g_310, align 8
@g_1076 = internal global [9 x [10 x [2 x ptr]]] [[10 x [2 x ptr]] [[2 x ptr] [ptr null, ptr @g_233], [2 x ptr] [ptr null, ptr @g_233], [2 x ptr] [ptr null, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr null, ptr @g_233], [2 x ptr] [ptr null, ptr @g_233]], [10 x [2 x ptr]] [[2 x ptr] [ptr null, ptr @g_233], [2 x ptr] [ptr @g_233, ptr null], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233]], [10 x [2 x ptr]] [[2 x ptr] [ptr @g_233, ptr null], [2 x ptr] [ptr null, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr null, ptr @g_233], [2 x ptr] [ptr null, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr null, ptr @g_233]], [10 x [2 x ptr]] [[2 x ptr] [ptr null, ptr @g_233], [2 x ptr] [ptr @g_233, ptr null], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr null], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr null, ptr @g_233], [2 x ptr] [ptr null, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233]], [10 x [2 x ptr]] [[2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233]], [10 x [2 x ptr]] [[2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233]], [10 x [2 x ptr]] [[2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233]], [10 x [2 x ptr]] [[2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr null, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233]], [10 x [2 x ptr]] [[2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr @g_233, ptr @g_233], [2 x ptr] [ptr null, ptr @g_233]]], align 16
@g_400 = internal global [9 x ptr] zeroinitializer, align 16
@g_2147 = internal global ptr @g_403, align 8
@g_403 = internal global ptr @g_404, align 8
@g_404 = internal global ptr null, align 8
@g_4070 = internal global [9 x ptr] [ptr getelementptr (i8, ptr @g_1084, i64 60), ptr getelementptr (i8, ptr @g_1084, i64 60), ptr getelementptr (i8, ptr @g_1084, i64 60), ptr getelementptr (i8, ptr @g_1084, i64 60), ptr getelementptr (i8, ptr @g_1084, i64 60), ptr getelementptr (i8, ptr @g_1084, i64 60), ptr getelementptr (i8, ptr @g_1084, i64 60), ptr getelementptr (i8, ptr @g_1084, i64 60), ptr getelementptr (i8, ptr @g_1084, i64 60)], align 16
@__const.func_29.l_3630 = private unnamed_addr constant [9 x i32] [i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7], align 16
@g_1171 = internal global [6 x [9 x [4 x ptr]]] [[9 x [4 x ptr]] [[4 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null, ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null, ptr null, ptr null]], [9 x [4 x ptr]] [[4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr @g_1172, ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr null], [4 x ptr] [ptr @g_1172, ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null, ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null], [4 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4)]], [9 x [4 x ptr]] [[4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null, ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 4), ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)]], [9 x [4 x ptr]] [[4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr @g_1172, ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)]], [9 x [4 x ptr]] [[4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr @g_1172, ptr getelementptr (i8, ptr @g_1172, i64 4), ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr null], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4)]], [9 x [4 x ptr]] [[4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr null], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4), ptr getelementptr (i8, ptr @g_1172, i64 8)], [4 x ptr] [ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 8), ptr getelementptr (i8, ptr @g_1172, i64 4)]]], align 16
@g_1258 = internal global ptr null, align 8
@__const.func_29.l_3627 = private unnamed_addr constant [4 x [3 x [9 x i64]]] [[3 x [9 x i64]] [[9 x i64] [i64 -5251182244483224053, i64 -3, i64 2, i64 2427378685881180725, i64 2, i64 -3, i64 -5251182244483224053, i64 -1, i64 3865271127671486579], [9 x i64] [i64 841397688450714316, i64 2, i64 -997153478826291784, i64 2, i64 841397688450714316, i64 -1, i64 -1, i64 841397688450714316, i64 2], [9 x i64] [i64 -5251182244483224053, i64 -1, i64 -5251182244483224053, i64 0, i64 -3, i64 -1, i64 -2283054369729332186, i64 -1, i64 2]], [3 x [9 x i64]] [[9 x i64] [i64 0, i64 1760233466788069380, i64 -1, i64 -997153478826291784, i64 -997153478826291784, i64 -1, i64 1760233466788069380, i64 0, i64 1760233466788069380], [9 x i64] [i64 3865271127671486579, i64 2427378685881180725, i64 -2283054369729332186, i64 0, i64 0, i64 -3, i64 -3, i64 -3, i64 0], [9 x i64] [i64 2, i64 1760233466788069380, i64 1760233466788069380, i64 2, i64 0, i64 841397688450714316, i64 0, i64 2, i64 1760233466788069380]], [3 x [9 x i64]] [[9 x i64] [i64 2, i64 -1, i64 -3, i64 2427378685881180725, i64 8261970899156632350, i64 2427378685881180725, i64 -3, i64 -1, i64 2], [9 x i64] [i64 1760233466788069380, i64 2, i64 0, i64 841397688450714316, i64 0, i64 2, i64 1760233466788069380, i64 1760233466788069380, i64 2], [9 x i64] [i64 0, i64 -3, i64 -3, i64 -3, i64 0, i64 0, i64 -2283054369729332186, i64 2427378685881180725, i64 3865271127671486579]], [3 x [9 x i64]] [[9 x i64] [i64 1760233466788069380, i64 0, i64 1760233466788069380, i64 -1, i64 -997153478826291784, i64 -997153478826291784, i64 -1, i64 1760233466788069380, i64 0], [9 x i64] [i64 2, i64 -1, i64 -2283054369729332186, i64 -1, i64 -3, i64 0, i64 -5251182244483224053, i64 -1, i64 -5251182244483224053], [9 x i64] [i64 2, i64 841397688450714316, i64 -1, i64 -1, i64 841397688450714316, i64 2, i64 -997153478826291784, i64 2, i64 841397688450714316]]], align 16
@g_294 = internal global [5 x ptr] [ptr @g_118, ptr @g_118, ptr @g_118, ptr @g_118, ptr @g_118], align 16
@__const.func_29.l_3708 = private unnamed_addr constant [9 x [7 x [3 x ptr]]] [[7 x [3 x ptr]] [[3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr @g_1015, ptr null], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr null]], [7 x [3 x ptr]] [[3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr null, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr null, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015]], [7 x [3 x ptr]] [[3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr @g_1015, ptr null], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr null]], [7 x [3 x ptr]] [[3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr null, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr null, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015]], [7 x [3 x ptr]] [[3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr @g_1015, ptr null], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr null]], [7 x [3 x ptr]] [[3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr null, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr null, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015]], [7 x [3 x ptr]] [[3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr @g_1015, ptr null], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr null]], [7 x [3 x ptr]] [[3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr null, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr null, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015]], [7 x [3 x ptr]] [[3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr null, ptr @g_1015, ptr null], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr @g_1015], [3 x ptr] [ptr @g_1015, ptr @g_1015, ptr null]]], align 16
@__const.func_29.l_3617 = private unnamed_addr constant [6 x [4 x i32]] [[4 x i32] [i32 -7, i32 -223303112, i32 -7, i32 -8], [4 x i32] [i32 -7, i32 -8, i32 -8, i32 -7], [4 x i32] [i32 0, i32 -8, i32 0, i32 -8], [4 x i32] [i32 -8, i32 -223303112, i32 0, i32 0], [4 x i32] [i32 0, i32 0, i32 -8, i32 0], [4 x i32] [i32 -7, i32 -223303112, i32 -7, i32 -8]], align 16
@__const.func_29.l_3690 = private unnamed_addr constant [1 x [5 x [9 x ptr]]] [[5 x [9 x ptr]] [[9 x ptr] [ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr null, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014], [9 x ptr] [ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014], [9 x ptr] [ptr @g_1014, ptr null, ptr @g_1014, ptr @g_1014, ptr null, ptr @g_1014, ptr null, ptr @g_1014, ptr @g_1014], [9 x ptr] [ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014], [9 x ptr] [ptr @g_1014, ptr null, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr @g_1014, ptr null, ptr @g_1014, ptr @g_1014]]], align 16
@__const.func_29.l_3645 = private unnamed_addr constant [9 x [2 x i64]] [[2 x i64] [i64 -5672699890509717686, i64 -5672699890509717686], [2 x i64] [i64 -5672699890509717686, i64 -5672699890509717686], [2 x i64] [i64 -5672699890509717686, i64 -5672699890509717686], [2 x i64] [i64 -5672699890509717686, i64 -5672699890509717686], [2 x i64] [i64 -5672699890509717686, i64 -5672699890509717686], [2 x i64] [i64 -5672699890509717686, i64 -5672699890509717686], [2 x i64] [i64 -5672699890509717686, i64 -5672699890509717686], [2 x i64] [i64 -5672699890509717686, i64 -5672699890509717686], [2 x i64] [i64 -5672699890509717686, i64 -5672699890509717686]], align 16
@__const.func_29.l_3607 = private unnamed_addr constant [10 x i32] [i32 -535815755, i32 1, i32 -535815755, i32 1, i32 -535815755, i32 1, i32 -535815755, i32 1, i32 -535815755, i32 1], align 16
@__const.func_29.l_3636 = private unnamed_addr constant [9 x i32] [i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1], align 16
@g_3580 = internal global ptr @g_2414, align 8
@__const.func_29.l_3583 = private unnamed_addr constant [3 x [8 x i32]] [[8 x i32] [i32 -1190193851, i32 -1190193851, i32 -2, i32 -4, i32 -2, i32 -1190193851, i32 -1190193851, i32 -2], [8 x i32] [i32 1, i32 -2, i32 -2, i32 1, i32 -141528613, i32 1, i32 -2, i32 -2], [8 x i32] [i32 -2, i32 -141528613, i32 -4, i32 -4, i32 -141528613, i32 -2, i32 -141528613, i32 -4]], align 16
@g_3612 = internal global ptr @g_1163, align 8
@g_1612 = internal global ptr @g_267, align 8
@g_346 = internal global [2 x [5 x [8 x ptr]]] [[5 x [8 x ptr]] [[8 x ptr] [ptr @g_116, ptr @g_116, ptr @g_116, ptr @g_212, ptr @g_116, ptr @g_116, ptr @g_116, ptr @g_116], [8 x ptr] [ptr null, ptr @g_116, ptr @g_116, ptr null, ptr @g_116, ptr null, ptr @g_116, ptr @g_116], [8 x ptr] [ptr @g_116, ptr @g_116, ptr @g_212, ptr @g_212, ptr @g_116, ptr @g_116, ptr @g_116, ptr @g_212], [8 x ptr] [ptr null, ptr @g_116, ptr null, ptr @g_116, ptr @g_116, ptr null, ptr @g_116, ptr null], [8 x ptr] [ptr @g_116, ptr @g_116, ptr @g_212, ptr @g_116, ptr @g_116, ptr @g_116, ptr @g_116, ptr @g_212]], [5 x [8 x ptr]] [[8 x ptr] [ptr @g_116, ptr @g_116, ptr @g_116, ptr @g_212, ptr @g_116, ptr @g_116, ptr @g_116, ptr @g_116], [8 x ptr] [ptr null, ptr @g_116, ptr @g_116, ptr null, ptr @g_116, ptr null, ptr @g_116, ptr @g_116], [8 x ptr] [ptr @g_116, ptr @g_116, ptr @g_212, ptr @g_212, ptr @g_116, ptr @g_116, ptr @g_116, ptr @g_212], [8 x ptr] [ptr null, ptr @g_116, ptr null, ptr @g_116, ptr @g_116, ptr null, ptr @g_116, ptr null], [8 x ptr] [ptr @g_116, ptr @g_116, ptr @g_212, ptr @g_116, ptr @g_116, ptr @g_116, ptr @g_116, ptr @g_212]]], align 16
@__const.func_29.l_3725 = private unnamed_addr constant [5 x i32] [i32 4, i32 4, i32 4, i32 4, i32 4], align 16
@g_1163 = internal global [10 x ptr] [ptr getelementptr (i8, ptr @g_1164, i64 104), ptr getelementptr (i8, ptr @g_1164, i64 104), ptr getelementptr (i8, ptr @g_1164, i64 104), ptr getelementptr (i8, ptr @g_1164, i64 104), ptr getelementptr (i8, ptr @g_1164, i64 104), ptr getelementptr (i8, ptr @g_1164, i64 104), ptr getelementptr (i8, ptr @g_1164, i64 104), ptr getelementptr (i8, ptr @g_1164, i64 104), ptr getelementptr (i8, ptr @g_1164, i64 104), ptr getelementptr (i8, ptr @g_1164, i64 104)], align 16
@__const.func_32.l_3513 = private unnamed_addr constant [9 x i32] [i32 -1513189507, i32 1, i32 1, i32 -1513189507, i32 1, i32 1, i32 -1513189507, i32 1, i32 1], align 16
@g_1654 = internal global ptr @g_1303, align 8
@__const.func_32.l_3429 = private unnamed_addr constant [7 x [2 x [9 x i32]]] [[2 x [9 x i32]] [[9 x i32] [i32 -999742237, i32 -1063288978, i32 -1, i32 1, i32 1327407984, i32 1015474565, i32 -2012129553, i32 -3, i32 2], [9 x i32] [i32 -2012129553, i32 1, i32 1360300364, i32 2142988036, i32 3, i32 -8, i32 668191612, i32 -334160266, i32 1327407984]], [2 x [9 x i32]] [[9 x i32] [i32 -1063288978, i32 470314753, i32 -1, i32 -1680797103, i32 1, i32 2, i32 0, i32 711091457, i32 -1063288978], [9 x i32] [i32 -1680797103, i32 5, i32 -334160266, i32 1, i32 -8, i32 0, i32 -1, i32 -1, i32 -1063288978]], [2 x [9 x i32]] [[9 x i32] [i32 1015474565, i32 1, i32 0, i32 668191612, i32 1, i32 1, i32 668191612, i32 0, i32 1], [9 x i32] [i32 1, i32 1, i32 1360300364, i32 5, i32 -334160266, i32 -1, i32 0, i32 1, i32 -8]], [2 x [9 x i32]] [[9 x i32] [i32 -1, i32 -1, i32 257571820, i32 1, i32 -10, i32 470314753, i32 -334160266, i32 -7, i32 -793492657], [9 x i32] [i32 5, i32 1, i32 2142988036, i32 470314753, i32 -1, i32 -1680797103, i32 1, i32 2, i32 0]], [2 x [9 x i32]] [[9 x i32] [i32 -1, i32 1, i32 1, i32 -793492657, i32 -417996922, i32 -1, i32 -2012129553, i32 355738505, i32 1], [9 x i32] [i32 0, i32 5, i32 -1, i32 -793492657, i32 1, i32 1, i32 1, i32 1, i32 1]], [2 x [9 x i32]] [[9 x i32] [i32 -1680797103, i32 470314753, i32 1327407984, i32 470314753, i32 -1680797103, i32 1360300364, i32 1, i32 -1, i32 5], [9 x i32] [i32 0, i32 3, i32 1, i32 1, i32 -2012129553, i32 1, i32 1360300364, i32 2142988036, i32 3]], [2 x [9 x i32]] [[9 x i32] [i32 1, i32 2142988036, i32 668191612, i32 5, i32 1, i32 1360300364, i32 711091457, i32 1, i32 0], [9 x i32] [i32 2, i32 -1, i32 1, i32 668191612, i32 -1, i32 1, i32 1, i32 -1, i32 -793492657]]], align 16
@__const.func_32.l_3454 = private unnamed_addr constant [6 x i8] c"\00\06\06\00\06\06", align 1
@__const.func_32.l_3471 = private unnamed_addr constant [10 x [4 x [2 x ptr]]] [[4 x [2 x ptr]] [[2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216]], [4 x [2 x ptr]] [[2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216]], [4 x [2 x ptr]] [[2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216]], [4 x [2 x ptr]] [[2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216]], [4 x [2 x ptr]] [[2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216]], [4 x [2 x ptr]] [[2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216]], [4 x [2 x ptr]] [[2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216]], [4 x [2 x ptr]] [[2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216]], [4 x [2 x ptr]] [[2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216]], [4 x [2 x ptr]] [[2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216], [2 x ptr] [ptr @g_2216, ptr @g_2216]]], align 16
@__const.func_32.l_3490 = private unnamed_addr constant [9 x ptr] [ptr @g_1684, ptr @g_1684, ptr @g_1684, ptr @g_1684, ptr @g_1684, ptr @g_1684, ptr @g_1684, ptr @g_1684, ptr @g_1684], align 16
@__const.func_32.l_3466 = private unnamed_addr constant [5 x ptr] [ptr @g_2216, ptr @g_2216, ptr @g_2216, ptr @g_2216, ptr @g_2216], align 16
@g_1302 = internal global ptr @g_1303, align 8
@g_1303 = internal global ptr @g_212, align 8
@__const.func_41.l_66 = private unnamed_addr constant [7 x [5 x [5 x ptr]]] [[5 x [5 x ptr]] [[5 x ptr] [ptr @g_40, ptr @g_14, ptr @g_40, ptr @g_14, ptr @g_14], [5 x ptr] [ptr @g_40, ptr @g_14, ptr @g_14, ptr @g_40, ptr @g_14], [5 x ptr] [ptr @g_40, ptr @g_14, ptr null, ptr @g_14, ptr null], [5 x ptr] [ptr @g_40, ptr @g_14, ptr @g_40, ptr @g_40, ptr @g_14], [5 x ptr] [ptr @g_40, ptr null, ptr @g_14, ptr null, ptr null]], [5 x [5 x ptr]] [[5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr null, ptr @g_40], [5 x ptr] [ptr null, ptr @g_40, ptr null, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr null, ptr @g_14, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr @g_14, ptr null]], [5 x [5 x ptr]] [[5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr null, ptr @g_40], [5 x ptr] [ptr null, ptr @g_40, ptr null, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr null, ptr @g_14, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr @g_14, ptr null]], [5 x [5 x ptr]] [[5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr null, ptr @g_40], [5 x ptr] [ptr null, ptr @g_40, ptr null, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr null, ptr @g_14, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr @g_14, ptr null]], [5 x [5 x ptr]] [[5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr null, ptr @g_40], [5 x ptr] [ptr null, ptr @g_40, ptr null, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr null, ptr @g_14, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr @g_14, ptr null]], [5 x [5 x ptr]] [[5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr null, ptr @g_40], [5 x ptr] [ptr null, ptr @g_40, ptr null, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr null, ptr @g_14, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr @g_14, ptr null]], [5 x [5 x ptr]] [[5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr null, ptr @g_40], [5 x ptr] [ptr null, ptr @g_40, ptr null, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr null, ptr @g_14, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr @g_14, ptr @g_14], [5 x ptr] [ptr null, ptr @g_14, ptr @g_14, ptr @g_14, ptr null]]], align 16
@__const.func_41.l_3027 = private unnamed_addr constant [8 x ptr] [ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074, ptr @g_1074], align 16
@__const.func_41.l_3090 = private unnamed_addr constant [9 x [3 x [4 x i32]]] [[3 x [4 x i32]] [[4 x i32] [i32 127658604, i32 449627559, i32 127658604, i32 -447911220], [4 x i32] [i32 127658604, i32 -447911220, i32 -447911220, i32 127658604], [4 x i32] [i32 -5, i32 -447911220, i32 0, i32 -447911220]], [3 x [4 x i32]] [[4 x i32] [i32 -447911220, i32 449627559, i32 0, i32 0], [4 x i32] [i32 -5, i32 -5, i32 -447911220, i32 0], [4 x i32] [i32 127658604, i32 449627559, i32 127658604, i32 -447911220]], [3 x [4 x i32]] [[4 x i32] [i32 127658604, i32 -447911220, i32 -447911220, i32 127658604], [4 x i32] [i32 -5, i32 -447911220, i32 0, i32 -447911220], [4 x i32] [i32 127658604, i32 -5, i32 449627559, i32 449627559]], [3 x [4 x i32]] [[4 x i32] [i32 -447911220, i32 -447911220, i32 127658604, i32 449627559], [4 x i32] [i32 0, i32 -5, i32 0, i32 127658604], [4 x i32] [i32 0, i32 127658604, i32 127658604, i32 0]], [3 x [4 x i32]] [[4 x i32] [i32 -447911220, i32 127658604, i32 449627559, i32 127658604], [4 x i32] [i32 127658604, i32 -5, i32 449627559, i32 449627559], [4 x i32] [i32 -447911220, i32 -447911220, i32 127658604, i32 449627559]], [3 x [4 x i32]] [[4 x i32] [i32 0, i32 -5, i32 0, i32 127658604], [4 x i32] [i32 0, i32 127658604, i32 127658604, i32 0], [4 x i32] [i32 -447911220, i32 127658604, i32 449627559, i32 127658604]], [3 x [4 x i32]] [[4 x i32] [i32 127658604, i32 -5, i32 449627559, i32 449627559], [4 x i32] [i32 -447911220, i32 -447911220, i32 127658604, i32 449627559], [4 x i32] [i32 0, i32 -5, i32 0, i32 127658604]], [3 x [4 x i32]] [[4 x i32] [i32 0, i32 127658604, i32 127658604, i32 0], [4 x i32] [i32 -447911220, i32 127658604, i32 449627559, i32 127658604], [4 x i32] [i32 127658604, i32 -5, i32 449627559, i32 449627559]], [3 x [4 x i32]] [[4 x i32] [i32 -447911220, i32 -447911220, i32 127658604, i32 449627559], [4 x i32] [i32 0, i32 -5, i32 0, i32 127658604], [4 x i32] [i32 0, i32 127658604, i32 127658604, i32 0]]], align 16
@g_986 = internal global ptr null, align 8
@__const.func_41.l_3335 = private unnamed_addr constant [7 x i32] [i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1], align 16
@.str.262 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@g_231 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -107, i8 -128, i8 122, i8 undef, i8 3, i8 32, i8 0, i8 0, i8 0, [3 x i8] undef }, align 4
@g_325 = internal constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -99, i8 0, i8 125, i8 undef, i8 -5, i8 55, i8 0, i8 1, i8 11, [3 x i8] undef }, align 4
@g_349 = internal constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -94, i8 -128, i8 126, i8 undef, i8 -1, i8 -101, i8 0, i8 3, i8 1, [3 x i8] undef }, align 4
@g_477 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 5, i8 -128, i8 4, i8 undef, i8 29, i8 -40, i8 0, i8 0, i8 4, [3 x i8] undef }, align 4
@g_498 = internal global [4 x [1 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[1 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 10, i8 -128, i8 124, i8 undef, i8 3, i8 -40, i8 0, i8 0, i8 2, [3 x i8] undef }], [1 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 1, i8 0, i8 4, i8 undef, i8 15, i8 -52, i8 0, i8 0, i8 9, [3 x i8] undef }], [1 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 10, i8 -128, i8 124, i8 undef, i8 3, i8 -40, i8 0, i8 0, i8 2, [3 x i8] undef }], [1 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 1, i8 0, i8 4, i8 undef, i8 15, i8 -52, i8 0, i8 0, i8 9, [3 x i8] undef }]], align 16
@g_635 = internal global [8 x [1 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]]] [[1 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 16, i8 0, i8 127, i8 undef, i8 31, i8 84, i8 0, i8 4, i8 12, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 75, i8 -128, i8 126, i8 undef, i8 23, i8 -120, i8 0, i8 4, i8 10, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -94, i8 -128, i8 4, i8 undef, i8 -7, i8 47, i8 0, i8 4, i8 7, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -92, i8 0, i8 125, i8 undef, i8 12, i8 -68, i8 1, i8 2, i8 5, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 75, i8 -128, i8 126, i8 undef, i8 23, i8 -120, i8 0, i8 4, i8 10, [3 x i8] undef }]], [1 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -125, i8 -128, i8 120, i8 undef, i8 -10, i8 -101, i8 0, i8 0, i8 15, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -124, i8 0, i8 5, i8 undef, i8 -24, i8 59, i8 1, i8 3, i8 0, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -124, i8 0, i8 5, i8 undef, i8 -24, i8 59, i8 1, i8 3, i8 0, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -125, i8 -128, i8 120, i8 undef, i8 -10, i8 -101, i8 0, i8 0, i8 15, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 125, i8 0, i8 126, i8 undef, i8 0, i8 68, i8 0, i8 0, i8 12, [3 x i8] undef }]], [1 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -92, i8 0, i8 4, i8 undef, i8 5, i8 28, i8 0, i8 2, i8 4, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -125, i8 0, i8 7, i8 undef, i8 -9, i8 -49, i8 0, i8 1, i8 4, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -103, i8 0, i8 2, i8 undef, i8 -23, i8 47, i8 1, i8 0, i8 13, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 75, i8 -128, i8 126, i8 undef, i8 23, i8 -120, i8 0, i8 4, i8 10, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 75, i8 -128, i8 126, i8 undef, i8 23, i8 -120, i8 0, i8 4, i8 10, [3 x i8] undef }]], [1 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 109, i8 0, i8 5, i8 undef, i8 -4, i8 107, i8 0, i8 4, i8 14, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -125, i8 -128, i8 120, i8 undef, i8 -10, i8 -101, i8 0, i8 0, i8 15, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 109, i8 0, i8 5, i8 undef, i8 -4, i8 107, i8 0, i8 4, i8 14, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 125, i8 0, i8 126, i8 undef, i8 0, i8 68, i8 0, i8 0, i8 12, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -125, i8 -128, i8 120, i8 undef, i8 -10, i8 -101, i8 0, i8 0, i8 15, [3 x i8] undef }]], [1 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 75, i8 -128, i8 126, i8 undef, i8 23, i8 -120, i8 0, i8 4, i8 10, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -94, i8 -128, i8 4, i8 undef, i8 -7, i8 47, i8 0, i8 4, i8 7, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -92, i8 0, i8 125, i8 undef, i8 12, i8 -68, i8 1, i8 2, i8 5, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 75, i8 -128, i8 126, i8 undef, i8 23, i8 -120, i8 0, i8 4, i8 10, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -92, i8 0, i8 125, i8 undef, i8 12, i8 -68, i8 1, i8 2, i8 5, [3 x i8] undef }]], [1 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 111, i8 -128, i8 123, i8 undef, i8 20, i8 92, i8 1, i8 4, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 111, i8 -128, i8 123, i8 undef, i8 20, i8 92, i8 1, i8 4, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -106, i8 -128, i8 124, i8 undef, i8 12, i8 72, i8 1, i8 0, i8 9, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -125, i8 -128, i8 120, i8 undef, i8 -10, i8 -101, i8 0, i8 0, i8 15, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 33, i8 0, i8 5, i8 undef, i8 11, i8 -100, i8 0, i8 3, i8 1, [3 x i8] undef }]], [1 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 16, i8 0, i8 127, i8 undef, i8 31, i8 84, i8 0, i8 4, i8 12, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -92, i8 0, i8 4, i8 undef, i8 5, i8 28, i8 0, i8 2, i8 4, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -92, i8 0, i8 125, i8 undef, i8 12, i8 -68, i8 1, i8 2, i8 5, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -92, i8 0, i8 125, i8 undef, i8 12, i8 -68, i8 1, i8 2, i8 5, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -92, i8 0, i8 4, i8 undef, i8 5, i8 28, i8 0, i8 2, i8 4, [3 x i8] undef }]], [1 x [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 33, i8 0, i8 5, i8 undef, i8 11, i8 -100, i8 0, i8 3, i8 1, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -124, i8 0, i8 5, i8 undef, i8 -24, i8 59, i8 1, i8 3, i8 0, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 109, i8 0, i8 5, i8 undef, i8 -4, i8 107, i8 0, i8 4, i8 14, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 33, i8 0, i8 5, i8 undef, i8 11, i8 -100, i8 0, i8 3, i8 1, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 125, i8 0, i8 126, i8 undef, i8 0, i8 68, i8 0, i8 0, i8 12, [3 x i8] undef }]]], align 16
@g_975 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 67, i8 0, i8 6, i8 undef, i8 -25, i8 19, i8 0, i8 0, i8 7, [3 x i8] undef }, align 4
@g_1084 = internal global [8 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 121, i8 undef, i8 -6, i8 115, i8 1, i8 1, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 121, i8 undef, i8 -6, i8 115, i8 1, i8 1, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 121, i8 undef, i8 -6, i8 115, i8 1, i8 1, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 121, i8 undef, i8 -6, i8 115, i8 1, i8 1, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 121, i8 undef, i8 -6, i8 115, i8 1, i8 1, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 121, i8 undef, i8 -6, i8 115, i8 1, i8 1, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 121, i8 undef, i8 -6, i8 115, i8 1, i8 1, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 95, i8 -128, i8 121, i8 undef, i8 -6, i8 115, i8 1, i8 1, i8 2, [3 x i8] undef }], align 16
@g_1348 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 43, i8 0, i8 123, i8 undef, i8 14, i8 28, i8 1, i8 4, i8 5, [3 x i8] undef }, align 4
@g_1354 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 36, i8 -128, i8 0, i8 undef, i8 22, i8 72, i8 0, i8 0, i8 3, [3 x i8] undef }, align 4
@g_1404 = internal constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -79, i8 -128, i8 3, i8 undef, i8 1, i8 52, i8 1, i8 0, i8 5, [3 x i8] undef }, align 4
@g_1692 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 82, i8 -128, i8 126, i8 undef, i8 15, i8 80, i8 0, i8 3, i8 13, [3 x i8] undef }, align 4
@g_2083 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 10, i8 -128, i8 124, i8 undef, i8 31, i8 -100, i8 1, i8 4, i8 14, [3 x i8] undef }, align 4
@g_2262 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 121, i8 0, i8 3, i8 undef, i8 -19, i8 -29, i8 1, i8 3, i8 4, [3 x i8] undef }, align 4
@g_2332 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 0, i8 0, i8 3, i8 undef, i8 28, i8 -8, i8 1, i8 0, i8 14, [3 x i8] undef }, align 4
@g_2499 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 9, i8 0, i8 126, i8 undef, i8 15, i8 -56, i8 0, i8 2, i8 1, [3 x i8] undef }, align 4
@g_2574 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 14, i8 -128, i8 7, i8 undef, i8 -1, i8 59, i8 1, i8 0, i8 5, [3 x i8] undef }, align 4
@g_2686 = internal global [5 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 120, i8 0, i8 126, i8 undef, i8 -12, i8 -53, i8 1, i8 1, i8 9, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 120, i8 0, i8 126, i8 undef, i8 -12, i8 -53, i8 1, i8 1, i8 9, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 120, i8 0, i8 126, i8 undef, i8 -12, i8 -53, i8 1, i8 1, i8 9, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 120, i8 0, i8 126, i8 undef, i8 -12, i8 -53, i8 1, i8 1, i8 9, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 120, i8 0, i8 126, i8 undef, i8 -12, i8 -53, i8 1, i8 1, i8 9, [3 x i8] undef }], align 16
@g_2738 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 66, i8 -128, i8 123, i8 undef, i8 -22, i8 19, i8 1, i8 4, i8 2, [3 x i8] undef }, align 4
@g_2985 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 86, i8 0, i8 126, i8 undef, i8 -2, i8 31, i8 0, i8 2, i8 0, [3 x i8] undef }, align 4
@g_2997 = internal global [10 x [4 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }]] [[4 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 65, i8 -128, i8 125, i8 undef, i8 10, i8 20, i8 0, i8 4, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 102, i8 -128, i8 125, i8 undef, i8 -29, i8 -5, i8 1, i8 3, i8 0, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -122, i8 -128, i8 120, i8 undef, i8 -25, i8 91, i8 0, i8 0, i8 10, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 74, i8 0, i8 121, i8 undef, i8 -3, i8 11, i8 0, i8 3, i8 15, [3 x i8] undef }], [4 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 65, i8 -128, i8 125, i8 undef, i8 10, i8 20, i8 0, i8 4, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -128, i8 0, i8 121, i8 undef, i8 9, i8 -96, i8 0, i8 4, i8 13, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -128, i8 0, i8 121, i8 undef, i8 9, i8 -96, i8 0, i8 4, i8 13, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 65, i8 -128, i8 125, i8 undef, i8 10, i8 20, i8 0, i8 4, i8 2, [3 x i8] undef }], [4 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -117, i8 0, i8 3, i8 undef, i8 1, i8 -56, i8 0, i8 4, i8 9, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 74, i8 0, i8 121, i8 undef, i8 -3, i8 11, i8 0, i8 3, i8 15, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 60, i8 0, i8 126, i8 undef, i8 11, i8 104, i8 0, i8 0, i8 8, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -128, i8 0, i8 121, i8 undef, i8 9, i8 -96, i8 0, i8 4, i8 13, [3 x i8] undef }], [4 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 74, i8 0, i8 121, i8 undef, i8 -3, i8 11, i8 0, i8 3, i8 15, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 102, i8 -128, i8 125, i8 undef, i8 -29, i8 -5, i8 1, i8 3, i8 0, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 77, i8 0, i8 127, i8 undef, i8 -23, i8 -53, i8 1, i8 1, i8 3, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -95, i8 -128, i8 123, i8 undef, i8 23, i8 -52, i8 1, i8 4, i8 4, [3 x i8] undef }], [4 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 103, i8 0, i8 125, i8 undef, i8 -2, i8 115, i8 1, i8 2, i8 6, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -117, i8 0, i8 3, i8 undef, i8 1, i8 -56, i8 0, i8 4, i8 9, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -128, i8 0, i8 121, i8 undef, i8 9, i8 -96, i8 0, i8 4, i8 13, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -95, i8 -128, i8 123, i8 undef, i8 23, i8 -52, i8 1, i8 4, i8 4, [3 x i8] undef }], [4 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 121, i8 0, i8 1, i8 undef, i8 -4, i8 15, i8 0, i8 0, i8 8, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 102, i8 -128, i8 125, i8 undef, i8 -29, i8 -5, i8 1, i8 3, i8 0, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 121, i8 0, i8 1, i8 undef, i8 -4, i8 15, i8 0, i8 0, i8 8, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -128, i8 0, i8 121, i8 undef, i8 9, i8 -96, i8 0, i8 4, i8 13, [3 x i8] undef }], [4 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 65, i8 -128, i8 125, i8 undef, i8 10, i8 20, i8 0, i8 4, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 74, i8 0, i8 121, i8 undef, i8 -3, i8 11, i8 0, i8 3, i8 15, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 121, i8 -128, i8 5, i8 undef, i8 22, i8 0, i8 1, i8 4, i8 9, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 65, i8 -128, i8 125, i8 undef, i8 10, i8 20, i8 0, i8 4, i8 2, [3 x i8] undef }], [4 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 103, i8 0, i8 125, i8 undef, i8 -2, i8 115, i8 1, i8 2, i8 6, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -128, i8 0, i8 121, i8 undef, i8 9, i8 -96, i8 0, i8 4, i8 13, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 60, i8 0, i8 126, i8 undef, i8 11, i8 104, i8 0, i8 0, i8 8, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 74, i8 0, i8 121, i8 undef, i8 -3, i8 11, i8 0, i8 3, i8 15, [3 x i8] undef }], [4 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -128, i8 0, i8 121, i8 undef, i8 9, i8 -96, i8 0, i8 4, i8 13, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -117, i8 0, i8 3, i8 undef, i8 1, i8 -56, i8 0, i8 4, i8 9, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 72, i8 -128, i8 125, i8 undef, i8 19, i8 112, i8 0, i8 4, i8 14, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 72, i8 -128, i8 125, i8 undef, i8 19, i8 112, i8 0, i8 4, i8 14, [3 x i8] undef }], [4 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -128, i8 0, i8 121, i8 undef, i8 9, i8 -96, i8 0, i8 4, i8 13, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -128, i8 0, i8 121, i8 undef, i8 9, i8 -96, i8 0, i8 4, i8 13, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 65, i8 -128, i8 125, i8 undef, i8 10, i8 20, i8 0, i8 4, i8 2, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -102, i8 0, i8 122, i8 undef, i8 21, i8 84, i8 0, i8 2, i8 9, [3 x i8] undef }]], align 16
@g_3060 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -84, i8 0, i8 0, i8 undef, i8 27, i8 72, i8 1, i8 3, i8 5, [3 x i8] undef }, align 4
@g_3110 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 122, i8 0, i8 1, i8 undef, i8 5, i8 80, i8 1, i8 1, i8 9, [3 x i8] undef }, align 4
@g_3182 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -85, i8 -128, i8 5, i8 undef, i8 5, i8 44, i8 0, i8 3, i8 12, [3 x i8] undef }, align 4
@g_3278 = internal constant [7 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 69, i8 -128, i8 122, i8 undef, i8 26, i8 -24, i8 1, i8 2, i8 10, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 69, i8 -128, i8 122, i8 undef, i8 26, i8 -24, i8 1, i8 2, i8 10, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 69, i8 -128, i8 122, i8 undef, i8 26, i8 -24, i8 1, i8 2, i8 10, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 69, i8 -128, i8 122, i8 undef, i8 26, i8 -24, i8 1, i8 2, i8 10, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 69, i8 -128, i8 122, i8 undef, i8 26, i8 -24, i8 1, i8 2, i8 10, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 69, i8 -128, i8 122, i8 undef, i8 26, i8 -24, i8 1, i8 2, i8 10, [3 x i8] undef }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 69, i8 -128, i8 122, i8 undef, i8 26, i8 -24, i8 1, i8 2, i8 10, [3 x i8] undef }], align 16
@g_3359 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 41, i8 -128, i8 122, i8 undef, i8 -13, i8 -45, i8 1, i8 3, i8 1, [3 x i8] undef }, align 4
@g_3400 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -76, i8 -128, i8 125, i8 undef, i8 -30, i8 -65, i8 1, i8 4, i8 6, [3 x i8] undef }, align 4
@g_3750 = internal global [1 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 27, i8 0, i8 1, i8 undef, i8 23, i8 60, i8 1, i8 0, i8 6, [3 x i8] undef }], align 4
@g_3752 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 37, i8 -128, i8 124, i8 undef, i8 -22, i8 -125, i8 0, i8 3, i8 7, [3 x i8] undef }, align 4
@g_3870 = internal global [1 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -83, i8 0, i8 123, i8 undef, i8 -19, i8 -121, i8 1, i8 4, i8 9, [3 x i8] undef }], align 4
@g_3927 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 56, i8 0, i8 122, i8 undef, i8 -21, i8 47, i8 0, i8 0, i8 9, [3 x i8] undef }, align 4
@g_3954 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 3, i8 0, i8 0, i8 undef, i8 -5, i8 -109, i8 0, i8 1, i8 10, [3 x i8] undef }, align 4
@g_4098 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 -79, i8 0, i8 7, i8 undef, i8 -3, i8 103, i8 0, i8 4, i8 12, [3 x i8] undef }, align 4
@.str.296 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = icmp eq i32 %10, 2
  br i1 %11, label %12, label %19

12:                                               ; preds = %2
  %13 = load ptr, ptr %5, align 8, !tbaa !9
  %14 = getelementptr inbounds ptr, ptr %13, i64 1
  %15 = load ptr, ptr %14, align 8, !tbaa !9
  %16 = call i32 @strcmp(ptr noundef %15, ptr noundef @.str) #7
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %12
  store i32 1, ptr %9, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %18, %12, %2
  call void @platform_main_begin() #8
  call void @crc32_gentab() #8
  %20 = call i32 @func_1() #8
  %21 = load i16, ptr @g_14, align 2, !tbaa !11
  %22 = sext i16 %21 to i64
  %23 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %22, ptr noundef @.str.1, i32 noundef %23) #8
  %24 = load i16, ptr @g_40, align 2, !tbaa !11
  %25 = sext i16 %24 to i64
  %26 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %25, ptr noundef @.str.2, i32 noundef %26) #8
  %27 = load i32, ptr @g_79, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %28, ptr noundef @.str.3, i32 noundef %29) #8
  %30 = load i32, ptr @g_116, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %31, ptr noundef @.str.4, i32 noundef %32) #8
  %33 = load i64, ptr @g_118, align 8, !tbaa !13
  %34 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %33, ptr noundef @.str.5, i32 noundef %34) #8
  %35 = load i64, ptr @g_126, align 8, !tbaa !13
  %36 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %35, ptr noundef @.str.6, i32 noundef %36) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %64, %19
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = icmp slt i32 %38, 8
  br i1 %39, label %40, label %67

40:                                               ; preds = %37
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %60, %40
  %42 = load i32, ptr %7, align 4, !tbaa !5
  %43 = icmp slt i32 %42, 8
  br i1 %43, label %44, label %63

44:                                               ; preds = %41
  %45 = load i32, ptr %6, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [8 x [8 x i64]], ptr @g_128, i64 0, i64 %46
  %48 = load i32, ptr %7, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [8 x i64], ptr %47, i64 0, i64 %49
  %51 = load i64, ptr %50, align 8, !tbaa !13
  %52 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %51, ptr noundef @.str.7, i32 noundef %52) #8
  %53 = load i32, ptr %9, align 4, !tbaa !5
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %55, label %59

55:                                               ; preds = %44
  %56 = load i32, ptr %6, align 4, !tbaa !5
  %57 = load i32, ptr %7, align 4, !tbaa !5
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %56, i32 noundef %57) #8
  br label %59

59:                                               ; preds = %55, %44
  br label %60

60:                                               ; preds = %59
  %61 = load i32, ptr %7, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %7, align 4, !tbaa !5
  br label %41, !llvm.loop !15

63:                                               ; preds = %41
  br label %64

64:                                               ; preds = %63
  %65 = load i32, ptr %6, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %6, align 4, !tbaa !5
  br label %37, !llvm.loop !17

67:                                               ; preds = %37
  %68 = load volatile i16, ptr @g_138, align 2, !tbaa !11
  %69 = zext i16 %68 to i64
  %70 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %69, ptr noundef @.str.9, i32 noundef %70) #8
  %71 = load i64, ptr @g_141, align 8, !tbaa !13
  %72 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %71, ptr noundef @.str.10, i32 noundef %72) #8
  %73 = load i8, ptr @g_161, align 1, !tbaa !18
  %74 = sext i8 %73 to i64
  %75 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %74, ptr noundef @.str.11, i32 noundef %75) #8
  %76 = load i32, ptr @g_163, align 4, !tbaa !5
  %77 = zext i32 %76 to i64
  %78 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %77, ptr noundef @.str.12, i32 noundef %78) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %79

79:                                               ; preds = %95, %67
  %80 = load i32, ptr %6, align 4, !tbaa !5
  %81 = icmp slt i32 %80, 10
  br i1 %81, label %82, label %98

82:                                               ; preds = %79
  %83 = load i32, ptr %6, align 4, !tbaa !5
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [10 x i8], ptr @g_181, i64 0, i64 %84
  %86 = load i8, ptr %85, align 1, !tbaa !18
  %87 = zext i8 %86 to i64
  %88 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %87, ptr noundef @.str.13, i32 noundef %88) #8
  %89 = load i32, ptr %9, align 4, !tbaa !5
  %90 = icmp ne i32 %89, 0
  br i1 %90, label %91, label %94

91:                                               ; preds = %82
  %92 = load i32, ptr %6, align 4, !tbaa !5
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %92) #8
  br label %94

94:                                               ; preds = %91, %82
  br label %95

95:                                               ; preds = %94
  %96 = load i32, ptr %6, align 4, !tbaa !5
  %97 = add nsw i32 %96, 1
  store i32 %97, ptr %6, align 4, !tbaa !5
  br label %79, !llvm.loop !19

98:                                               ; preds = %79
  %99 = load volatile i16, ptr @g_182, align 2, !tbaa !11
  %100 = zext i16 %99 to i64
  %101 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %100, ptr noundef @.str.15, i32 noundef %101) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %102

102:                                              ; preds = %118, %98
  %103 = load i32, ptr %6, align 4, !tbaa !5
  %104 = icmp slt i32 %103, 8
  br i1 %104, label %105, label %121

105:                                              ; preds = %102
  %106 = load i32, ptr %6, align 4, !tbaa !5
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [8 x i8], ptr @g_185, i64 0, i64 %107
  %109 = load i8, ptr %108, align 1, !tbaa !18
  %110 = zext i8 %109 to i64
  %111 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %110, ptr noundef @.str.16, i32 noundef %111) #8
  %112 = load i32, ptr %9, align 4, !tbaa !5
  %113 = icmp ne i32 %112, 0
  br i1 %113, label %114, label %117

114:                                              ; preds = %105
  %115 = load i32, ptr %6, align 4, !tbaa !5
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %115) #8
  br label %117

117:                                              ; preds = %114, %105
  br label %118

118:                                              ; preds = %117
  %119 = load i32, ptr %6, align 4, !tbaa !5
  %120 = add nsw i32 %119, 1
  store i32 %120, ptr %6, align 4, !tbaa !5
  br label %102, !llvm.loop !20

121:                                              ; preds = %102
  %122 = load i32, ptr @g_212, align 4, !tbaa !5
  %123 = sext i32 %122 to i64
  %124 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %123, ptr noundef @.str.17, i32 noundef %124) #8
  %125 = load i16, ptr @g_215, align 2, !tbaa !11
  %126 = sext i16 %125 to i64
  %127 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %126, ptr noundef @.str.18, i32 noundef %127) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %128

128:                                              ; preds = %144, %121
  %129 = load i32, ptr %6, align 4, !tbaa !5
  %130 = icmp slt i32 %129, 7
  br i1 %130, label %131, label %147

131:                                              ; preds = %128
  %132 = load i32, ptr %6, align 4, !tbaa !5
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [7 x i32], ptr @g_218, i64 0, i64 %133
  %135 = load i32, ptr %134, align 4, !tbaa !5
  %136 = zext i32 %135 to i64
  %137 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %136, ptr noundef @.str.19, i32 noundef %137) #8
  %138 = load i32, ptr %9, align 4, !tbaa !5
  %139 = icmp ne i32 %138, 0
  br i1 %139, label %140, label %143

140:                                              ; preds = %131
  %141 = load i32, ptr %6, align 4, !tbaa !5
  %142 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %141) #8
  br label %143

143:                                              ; preds = %140, %131
  br label %144

144:                                              ; preds = %143
  %145 = load i32, ptr %6, align 4, !tbaa !5
  %146 = add nsw i32 %145, 1
  store i32 %146, ptr %6, align 4, !tbaa !5
  br label %128, !llvm.loop !21

147:                                              ; preds = %128
  %148 = load i64, ptr @g_226, align 8, !tbaa !13
  %149 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %148, ptr noundef @.str.20, i32 noundef %149) #8
  %150 = load volatile i64, ptr @g_231, align 4
  %151 = and i64 %150, 32767
  %152 = trunc i64 %151 to i32
  %153 = zext i32 %152 to i64
  %154 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %153, ptr noundef @.str.21, i32 noundef %154) #8
  %155 = load i64, ptr @g_231, align 4
  %156 = shl i64 %155, 41
  %157 = ashr i64 %156, 56
  %158 = trunc i64 %157 to i32
  %159 = sext i32 %158 to i64
  %160 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %159, ptr noundef @.str.22, i32 noundef %160) #8
  %161 = load i64, ptr @g_231, align 4
  %162 = shl i64 %161, 22
  %163 = ashr i64 %162, 54
  %164 = trunc i64 %163 to i32
  %165 = sext i32 %164 to i64
  %166 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %165, ptr noundef @.str.23, i32 noundef %166) #8
  %167 = load volatile i64, ptr @g_231, align 4
  %168 = lshr i64 %167, 42
  %169 = and i64 %168, 16383
  %170 = trunc i64 %169 to i32
  %171 = zext i32 %170 to i64
  %172 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %171, ptr noundef @.str.24, i32 noundef %172) #8
  %173 = load i64, ptr @g_231, align 4
  %174 = lshr i64 %173, 56
  %175 = and i64 %174, 31
  %176 = trunc i64 %175 to i32
  %177 = zext i32 %176 to i64
  %178 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %177, ptr noundef @.str.25, i32 noundef %178) #8
  %179 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_231, i32 0, i32 1), align 4
  %180 = zext i8 %179 to i32
  %181 = zext i32 %180 to i64
  %182 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %181, ptr noundef @.str.26, i32 noundef %182) #8
  %183 = load i64, ptr @g_254, align 8, !tbaa !13
  %184 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %183, ptr noundef @.str.27, i32 noundef %184) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %185

185:                                              ; preds = %224, %147
  %186 = load i32, ptr %6, align 4, !tbaa !5
  %187 = icmp slt i32 %186, 1
  br i1 %187, label %188, label %227

188:                                              ; preds = %185
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %189

189:                                              ; preds = %220, %188
  %190 = load i32, ptr %7, align 4, !tbaa !5
  %191 = icmp slt i32 %190, 5
  br i1 %191, label %192, label %223

192:                                              ; preds = %189
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %193

193:                                              ; preds = %216, %192
  %194 = load i32, ptr %8, align 4, !tbaa !5
  %195 = icmp slt i32 %194, 3
  br i1 %195, label %196, label %219

196:                                              ; preds = %193
  %197 = load i32, ptr %6, align 4, !tbaa !5
  %198 = sext i32 %197 to i64
  %199 = getelementptr inbounds [1 x [5 x [3 x i64]]], ptr @g_255, i64 0, i64 %198
  %200 = load i32, ptr %7, align 4, !tbaa !5
  %201 = sext i32 %200 to i64
  %202 = getelementptr inbounds [5 x [3 x i64]], ptr %199, i64 0, i64 %201
  %203 = load i32, ptr %8, align 4, !tbaa !5
  %204 = sext i32 %203 to i64
  %205 = getelementptr inbounds [3 x i64], ptr %202, i64 0, i64 %204
  %206 = load volatile i64, ptr %205, align 8, !tbaa !13
  %207 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %206, ptr noundef @.str.28, i32 noundef %207) #8
  %208 = load i32, ptr %9, align 4, !tbaa !5
  %209 = icmp ne i32 %208, 0
  br i1 %209, label %210, label %215

210:                                              ; preds = %196
  %211 = load i32, ptr %6, align 4, !tbaa !5
  %212 = load i32, ptr %7, align 4, !tbaa !5
  %213 = load i32, ptr %8, align 4, !tbaa !5
  %214 = call i32 (ptr, ...) @printf(ptr noundef @.str.29, i32 noundef %211, i32 noundef %212, i32 noundef %213) #8
  br label %215

215:                                              ; preds = %210, %196
  br label %216

216:                                              ; preds = %215
  %217 = load i32, ptr %8, align 4, !tbaa !5
  %218 = add nsw i32 %217, 1
  store i32 %218, ptr %8, align 4, !tbaa !5
  br label %193, !llvm.loop !22

219:                                              ; preds = %193
  br label %220

220:                                              ; preds = %219
  %221 = load i32, ptr %7, align 4, !tbaa !5
  %222 = add nsw i32 %221, 1
  store i32 %222, ptr %7, align 4, !tbaa !5
  br label %189, !llvm.loop !23

223:                                              ; preds = %189
  br label %224

224:                                              ; preds = %223
  %225 = load i32, ptr %6, align 4, !tbaa !5
  %226 = add nsw i32 %225, 1
  store i32 %226, ptr %6, align 4, !tbaa !5
  br label %185, !llvm.loop !24

227:                                              ; preds = %185
  %228 = load i32, ptr @g_267, align 4, !tbaa !5
  %229 = sext i32 %228 to i64
  %230 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %229, ptr noundef @.str.30, i32 noundef %230) #8
  %231 = load volatile i64, ptr @g_268, align 8, !tbaa !13
  %232 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %231, ptr noundef @.str.31, i32 noundef %232) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %233

233:                                              ; preds = %249, %227
  %234 = load i32, ptr %6, align 4, !tbaa !5
  %235 = icmp slt i32 %234, 2
  br i1 %235, label %236, label %252

236:                                              ; preds = %233
  %237 = load i32, ptr %6, align 4, !tbaa !5
  %238 = sext i32 %237 to i64
  %239 = getelementptr inbounds [2 x i8], ptr @g_306, i64 0, i64 %238
  %240 = load volatile i8, ptr %239, align 1, !tbaa !18
  %241 = sext i8 %240 to i64
  %242 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %241, ptr noundef @.str.32, i32 noundef %242) #8
  %243 = load i32, ptr %9, align 4, !tbaa !5
  %244 = icmp ne i32 %243, 0
  br i1 %244, label %245, label %248

245:                                              ; preds = %236
  %246 = load i32, ptr %6, align 4, !tbaa !5
  %247 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %246) #8
  br label %248

248:                                              ; preds = %245, %236
  br label %249

249:                                              ; preds = %248
  %250 = load i32, ptr %6, align 4, !tbaa !5
  %251 = add nsw i32 %250, 1
  store i32 %251, ptr %6, align 4, !tbaa !5
  br label %233, !llvm.loop !25

252:                                              ; preds = %233
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %253

253:                                              ; preds = %269, %252
  %254 = load i32, ptr %6, align 4, !tbaa !5
  %255 = icmp slt i32 %254, 7
  br i1 %255, label %256, label %272

256:                                              ; preds = %253
  %257 = load i32, ptr %6, align 4, !tbaa !5
  %258 = sext i32 %257 to i64
  %259 = getelementptr inbounds [7 x i32], ptr @g_309, i64 0, i64 %258
  %260 = load volatile i32, ptr %259, align 4, !tbaa !5
  %261 = sext i32 %260 to i64
  %262 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %261, ptr noundef @.str.33, i32 noundef %262) #8
  %263 = load i32, ptr %9, align 4, !tbaa !5
  %264 = icmp ne i32 %263, 0
  br i1 %264, label %265, label %268

265:                                              ; preds = %256
  %266 = load i32, ptr %6, align 4, !tbaa !5
  %267 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %266) #8
  br label %268

268:                                              ; preds = %265, %256
  br label %269

269:                                              ; preds = %268
  %270 = load i32, ptr %6, align 4, !tbaa !5
  %271 = add nsw i32 %270, 1
  store i32 %271, ptr %6, align 4, !tbaa !5
  br label %253, !llvm.loop !26

272:                                              ; preds = %253
  %273 = load i32, ptr @g_310, align 4, !tbaa !5
  %274 = sext i32 %273 to i64
  %275 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %274, ptr noundef @.str.34, i32 noundef %275) #8
  %276 = load volatile i16, ptr @g_313, align 2, !tbaa !11
  %277 = sext i16 %276 to i64
  %278 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %277, ptr noundef @.str.35, i32 noundef %278) #8
  %279 = load i8, ptr @g_314, align 1, !tbaa !18
  %280 = sext i8 %279 to i64
  %281 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %280, ptr noundef @.str.36, i32 noundef %281) #8
  %282 = load volatile i8, ptr @g_315, align 1, !tbaa !18
  %283 = zext i8 %282 to i64
  %284 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %283, ptr noundef @.str.37, i32 noundef %284) #8
  %285 = load volatile i32, ptr @g_319, align 4, !tbaa !5
  %286 = zext i32 %285 to i64
  %287 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %286, ptr noundef @.str.38, i32 noundef %287) #8
  %288 = load volatile i64, ptr @g_325, align 4
  %289 = and i64 %288, 32767
  %290 = trunc i64 %289 to i32
  %291 = zext i32 %290 to i64
  %292 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %291, ptr noundef @.str.39, i32 noundef %292) #8
  %293 = load volatile i64, ptr @g_325, align 4
  %294 = shl i64 %293, 41
  %295 = ashr i64 %294, 56
  %296 = trunc i64 %295 to i32
  %297 = sext i32 %296 to i64
  %298 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %297, ptr noundef @.str.40, i32 noundef %298) #8
  %299 = load volatile i64, ptr @g_325, align 4
  %300 = shl i64 %299, 22
  %301 = ashr i64 %300, 54
  %302 = trunc i64 %301 to i32
  %303 = sext i32 %302 to i64
  %304 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %303, ptr noundef @.str.41, i32 noundef %304) #8
  %305 = load volatile i64, ptr @g_325, align 4
  %306 = lshr i64 %305, 42
  %307 = and i64 %306, 16383
  %308 = trunc i64 %307 to i32
  %309 = zext i32 %308 to i64
  %310 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %309, ptr noundef @.str.42, i32 noundef %310) #8
  %311 = load volatile i64, ptr @g_325, align 4
  %312 = lshr i64 %311, 56
  %313 = and i64 %312, 31
  %314 = trunc i64 %313 to i32
  %315 = zext i32 %314 to i64
  %316 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %315, ptr noundef @.str.43, i32 noundef %316) #8
  %317 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_325, i32 0, i32 1), align 4
  %318 = zext i8 %317 to i32
  %319 = zext i32 %318 to i64
  %320 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %319, ptr noundef @.str.44, i32 noundef %320) #8
  %321 = load volatile i64, ptr @g_349, align 4
  %322 = and i64 %321, 32767
  %323 = trunc i64 %322 to i32
  %324 = zext i32 %323 to i64
  %325 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %324, ptr noundef @.str.45, i32 noundef %325) #8
  %326 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef -3, ptr noundef @.str.46, i32 noundef %326) #8
  %327 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef -1, ptr noundef @.str.47, i32 noundef %327) #8
  %328 = load volatile i64, ptr @g_349, align 4
  %329 = lshr i64 %328, 42
  %330 = and i64 %329, 16383
  %331 = trunc i64 %330 to i32
  %332 = zext i32 %331 to i64
  %333 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %332, ptr noundef @.str.48, i32 noundef %333) #8
  %334 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef 3, ptr noundef @.str.49, i32 noundef %334) #8
  %335 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_349, i32 0, i32 1), align 4
  %336 = zext i8 %335 to i32
  %337 = zext i32 %336 to i64
  %338 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %337, ptr noundef @.str.50, i32 noundef %338) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %339

339:                                              ; preds = %367, %272
  %340 = load i32, ptr %6, align 4, !tbaa !5
  %341 = icmp slt i32 %340, 7
  br i1 %341, label %342, label %370

342:                                              ; preds = %339
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %343

343:                                              ; preds = %363, %342
  %344 = load i32, ptr %7, align 4, !tbaa !5
  %345 = icmp slt i32 %344, 2
  br i1 %345, label %346, label %366

346:                                              ; preds = %343
  %347 = load i32, ptr %6, align 4, !tbaa !5
  %348 = sext i32 %347 to i64
  %349 = getelementptr inbounds [7 x [2 x i16]], ptr @g_426, i64 0, i64 %348
  %350 = load i32, ptr %7, align 4, !tbaa !5
  %351 = sext i32 %350 to i64
  %352 = getelementptr inbounds [2 x i16], ptr %349, i64 0, i64 %351
  %353 = load i16, ptr %352, align 2, !tbaa !11
  %354 = zext i16 %353 to i64
  %355 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %354, ptr noundef @.str.51, i32 noundef %355) #8
  %356 = load i32, ptr %9, align 4, !tbaa !5
  %357 = icmp ne i32 %356, 0
  br i1 %357, label %358, label %362

358:                                              ; preds = %346
  %359 = load i32, ptr %6, align 4, !tbaa !5
  %360 = load i32, ptr %7, align 4, !tbaa !5
  %361 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %359, i32 noundef %360) #8
  br label %362

362:                                              ; preds = %358, %346
  br label %363

363:                                              ; preds = %362
  %364 = load i32, ptr %7, align 4, !tbaa !5
  %365 = add nsw i32 %364, 1
  store i32 %365, ptr %7, align 4, !tbaa !5
  br label %343, !llvm.loop !27

366:                                              ; preds = %343
  br label %367

367:                                              ; preds = %366
  %368 = load i32, ptr %6, align 4, !tbaa !5
  %369 = add nsw i32 %368, 1
  store i32 %369, ptr %6, align 4, !tbaa !5
  br label %339, !llvm.loop !28

370:                                              ; preds = %339
  %371 = load i32, ptr @g_438, align 4, !tbaa !5
  %372 = zext i32 %371 to i64
  %373 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %372, ptr noundef @.str.52, i32 noundef %373) #8
  %374 = load i8, ptr @g_458, align 1, !tbaa !18
  %375 = sext i8 %374 to i64
  %376 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %375, ptr noundef @.str.53, i32 noundef %376) #8
  %377 = load i16, ptr @g_467, align 2, !tbaa !11
  %378 = zext i16 %377 to i64
  %379 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %378, ptr noundef @.str.54, i32 noundef %379) #8
  %380 = load volatile i64, ptr @g_477, align 4
  %381 = and i64 %380, 32767
  %382 = trunc i64 %381 to i32
  %383 = zext i32 %382 to i64
  %384 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %383, ptr noundef @.str.55, i32 noundef %384) #8
  %385 = load i64, ptr @g_477, align 4
  %386 = shl i64 %385, 41
  %387 = ashr i64 %386, 56
  %388 = trunc i64 %387 to i32
  %389 = sext i32 %388 to i64
  %390 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %389, ptr noundef @.str.56, i32 noundef %390) #8
  %391 = load i64, ptr @g_477, align 4
  %392 = shl i64 %391, 22
  %393 = ashr i64 %392, 54
  %394 = trunc i64 %393 to i32
  %395 = sext i32 %394 to i64
  %396 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %395, ptr noundef @.str.57, i32 noundef %396) #8
  %397 = load volatile i64, ptr @g_477, align 4
  %398 = lshr i64 %397, 42
  %399 = and i64 %398, 16383
  %400 = trunc i64 %399 to i32
  %401 = zext i32 %400 to i64
  %402 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %401, ptr noundef @.str.58, i32 noundef %402) #8
  %403 = load i64, ptr @g_477, align 4
  %404 = lshr i64 %403, 56
  %405 = and i64 %404, 31
  %406 = trunc i64 %405 to i32
  %407 = zext i32 %406 to i64
  %408 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %407, ptr noundef @.str.59, i32 noundef %408) #8
  %409 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_477, i32 0, i32 1), align 4
  %410 = zext i8 %409 to i32
  %411 = zext i32 %410 to i64
  %412 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %411, ptr noundef @.str.60, i32 noundef %412) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %413

413:                                              ; preds = %502, %370
  %414 = load i32, ptr %6, align 4, !tbaa !5
  %415 = icmp slt i32 %414, 4
  br i1 %415, label %416, label %505

416:                                              ; preds = %413
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %417

417:                                              ; preds = %498, %416
  %418 = load i32, ptr %7, align 4, !tbaa !5
  %419 = icmp slt i32 %418, 1
  br i1 %419, label %420, label %501

420:                                              ; preds = %417
  %421 = load i32, ptr %6, align 4, !tbaa !5
  %422 = sext i32 %421 to i64
  %423 = getelementptr inbounds [4 x [1 x %struct.S0]], ptr @g_498, i64 0, i64 %422
  %424 = load i32, ptr %7, align 4, !tbaa !5
  %425 = sext i32 %424 to i64
  %426 = getelementptr inbounds [1 x %struct.S0], ptr %423, i64 0, i64 %425
  %427 = load volatile i64, ptr %426, align 4
  %428 = and i64 %427, 32767
  %429 = trunc i64 %428 to i32
  %430 = zext i32 %429 to i64
  %431 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %430, ptr noundef @.str.61, i32 noundef %431) #8
  %432 = load i32, ptr %6, align 4, !tbaa !5
  %433 = sext i32 %432 to i64
  %434 = getelementptr inbounds [4 x [1 x %struct.S0]], ptr @g_498, i64 0, i64 %433
  %435 = load i32, ptr %7, align 4, !tbaa !5
  %436 = sext i32 %435 to i64
  %437 = getelementptr inbounds [1 x %struct.S0], ptr %434, i64 0, i64 %436
  %438 = load i64, ptr %437, align 4
  %439 = shl i64 %438, 41
  %440 = ashr i64 %439, 56
  %441 = trunc i64 %440 to i32
  %442 = sext i32 %441 to i64
  %443 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %442, ptr noundef @.str.62, i32 noundef %443) #8
  %444 = load i32, ptr %6, align 4, !tbaa !5
  %445 = sext i32 %444 to i64
  %446 = getelementptr inbounds [4 x [1 x %struct.S0]], ptr @g_498, i64 0, i64 %445
  %447 = load i32, ptr %7, align 4, !tbaa !5
  %448 = sext i32 %447 to i64
  %449 = getelementptr inbounds [1 x %struct.S0], ptr %446, i64 0, i64 %448
  %450 = load i64, ptr %449, align 4
  %451 = shl i64 %450, 22
  %452 = ashr i64 %451, 54
  %453 = trunc i64 %452 to i32
  %454 = sext i32 %453 to i64
  %455 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %454, ptr noundef @.str.63, i32 noundef %455) #8
  %456 = load i32, ptr %6, align 4, !tbaa !5
  %457 = sext i32 %456 to i64
  %458 = getelementptr inbounds [4 x [1 x %struct.S0]], ptr @g_498, i64 0, i64 %457
  %459 = load i32, ptr %7, align 4, !tbaa !5
  %460 = sext i32 %459 to i64
  %461 = getelementptr inbounds [1 x %struct.S0], ptr %458, i64 0, i64 %460
  %462 = load volatile i64, ptr %461, align 4
  %463 = lshr i64 %462, 42
  %464 = and i64 %463, 16383
  %465 = trunc i64 %464 to i32
  %466 = zext i32 %465 to i64
  %467 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %466, ptr noundef @.str.64, i32 noundef %467) #8
  %468 = load i32, ptr %6, align 4, !tbaa !5
  %469 = sext i32 %468 to i64
  %470 = getelementptr inbounds [4 x [1 x %struct.S0]], ptr @g_498, i64 0, i64 %469
  %471 = load i32, ptr %7, align 4, !tbaa !5
  %472 = sext i32 %471 to i64
  %473 = getelementptr inbounds [1 x %struct.S0], ptr %470, i64 0, i64 %472
  %474 = load i64, ptr %473, align 4
  %475 = lshr i64 %474, 56
  %476 = and i64 %475, 31
  %477 = trunc i64 %476 to i32
  %478 = zext i32 %477 to i64
  %479 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %478, ptr noundef @.str.65, i32 noundef %479) #8
  %480 = load i32, ptr %6, align 4, !tbaa !5
  %481 = sext i32 %480 to i64
  %482 = getelementptr inbounds [4 x [1 x %struct.S0]], ptr @g_498, i64 0, i64 %481
  %483 = load i32, ptr %7, align 4, !tbaa !5
  %484 = sext i32 %483 to i64
  %485 = getelementptr inbounds [1 x %struct.S0], ptr %482, i64 0, i64 %484
  %486 = getelementptr inbounds %struct.S0, ptr %485, i32 0, i32 1
  %487 = load volatile i8, ptr %486, align 4
  %488 = zext i8 %487 to i32
  %489 = zext i32 %488 to i64
  %490 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %489, ptr noundef @.str.66, i32 noundef %490) #8
  %491 = load i32, ptr %9, align 4, !tbaa !5
  %492 = icmp ne i32 %491, 0
  br i1 %492, label %493, label %497

493:                                              ; preds = %420
  %494 = load i32, ptr %6, align 4, !tbaa !5
  %495 = load i32, ptr %7, align 4, !tbaa !5
  %496 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %494, i32 noundef %495) #8
  br label %497

497:                                              ; preds = %493, %420
  br label %498

498:                                              ; preds = %497
  %499 = load i32, ptr %7, align 4, !tbaa !5
  %500 = add nsw i32 %499, 1
  store i32 %500, ptr %7, align 4, !tbaa !5
  br label %417, !llvm.loop !29

501:                                              ; preds = %417
  br label %502

502:                                              ; preds = %501
  %503 = load i32, ptr %6, align 4, !tbaa !5
  %504 = add nsw i32 %503, 1
  store i32 %504, ptr %6, align 4, !tbaa !5
  br label %413, !llvm.loop !30

505:                                              ; preds = %413
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %506

506:                                              ; preds = %622, %505
  %507 = load i32, ptr %6, align 4, !tbaa !5
  %508 = icmp slt i32 %507, 8
  br i1 %508, label %509, label %625

509:                                              ; preds = %506
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %510

510:                                              ; preds = %618, %509
  %511 = load i32, ptr %7, align 4, !tbaa !5
  %512 = icmp slt i32 %511, 1
  br i1 %512, label %513, label %621

513:                                              ; preds = %510
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %514

514:                                              ; preds = %614, %513
  %515 = load i32, ptr %8, align 4, !tbaa !5
  %516 = icmp slt i32 %515, 5
  br i1 %516, label %517, label %617

517:                                              ; preds = %514
  %518 = load i32, ptr %6, align 4, !tbaa !5
  %519 = sext i32 %518 to i64
  %520 = getelementptr inbounds [8 x [1 x [5 x %struct.S0]]], ptr @g_635, i64 0, i64 %519
  %521 = load i32, ptr %7, align 4, !tbaa !5
  %522 = sext i32 %521 to i64
  %523 = getelementptr inbounds [1 x [5 x %struct.S0]], ptr %520, i64 0, i64 %522
  %524 = load i32, ptr %8, align 4, !tbaa !5
  %525 = sext i32 %524 to i64
  %526 = getelementptr inbounds [5 x %struct.S0], ptr %523, i64 0, i64 %525
  %527 = load volatile i64, ptr %526, align 4
  %528 = and i64 %527, 32767
  %529 = trunc i64 %528 to i32
  %530 = zext i32 %529 to i64
  %531 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %530, ptr noundef @.str.67, i32 noundef %531) #8
  %532 = load i32, ptr %6, align 4, !tbaa !5
  %533 = sext i32 %532 to i64
  %534 = getelementptr inbounds [8 x [1 x [5 x %struct.S0]]], ptr @g_635, i64 0, i64 %533
  %535 = load i32, ptr %7, align 4, !tbaa !5
  %536 = sext i32 %535 to i64
  %537 = getelementptr inbounds [1 x [5 x %struct.S0]], ptr %534, i64 0, i64 %536
  %538 = load i32, ptr %8, align 4, !tbaa !5
  %539 = sext i32 %538 to i64
  %540 = getelementptr inbounds [5 x %struct.S0], ptr %537, i64 0, i64 %539
  %541 = load volatile i64, ptr %540, align 4
  %542 = shl i64 %541, 41
  %543 = ashr i64 %542, 56
  %544 = trunc i64 %543 to i32
  %545 = sext i32 %544 to i64
  %546 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %545, ptr noundef @.str.68, i32 noundef %546) #8
  %547 = load i32, ptr %6, align 4, !tbaa !5
  %548 = sext i32 %547 to i64
  %549 = getelementptr inbounds [8 x [1 x [5 x %struct.S0]]], ptr @g_635, i64 0, i64 %548
  %550 = load i32, ptr %7, align 4, !tbaa !5
  %551 = sext i32 %550 to i64
  %552 = getelementptr inbounds [1 x [5 x %struct.S0]], ptr %549, i64 0, i64 %551
  %553 = load i32, ptr %8, align 4, !tbaa !5
  %554 = sext i32 %553 to i64
  %555 = getelementptr inbounds [5 x %struct.S0], ptr %552, i64 0, i64 %554
  %556 = load volatile i64, ptr %555, align 4
  %557 = shl i64 %556, 22
  %558 = ashr i64 %557, 54
  %559 = trunc i64 %558 to i32
  %560 = sext i32 %559 to i64
  %561 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %560, ptr noundef @.str.69, i32 noundef %561) #8
  %562 = load i32, ptr %6, align 4, !tbaa !5
  %563 = sext i32 %562 to i64
  %564 = getelementptr inbounds [8 x [1 x [5 x %struct.S0]]], ptr @g_635, i64 0, i64 %563
  %565 = load i32, ptr %7, align 4, !tbaa !5
  %566 = sext i32 %565 to i64
  %567 = getelementptr inbounds [1 x [5 x %struct.S0]], ptr %564, i64 0, i64 %566
  %568 = load i32, ptr %8, align 4, !tbaa !5
  %569 = sext i32 %568 to i64
  %570 = getelementptr inbounds [5 x %struct.S0], ptr %567, i64 0, i64 %569
  %571 = load volatile i64, ptr %570, align 4
  %572 = lshr i64 %571, 42
  %573 = and i64 %572, 16383
  %574 = trunc i64 %573 to i32
  %575 = zext i32 %574 to i64
  %576 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %575, ptr noundef @.str.70, i32 noundef %576) #8
  %577 = load i32, ptr %6, align 4, !tbaa !5
  %578 = sext i32 %577 to i64
  %579 = getelementptr inbounds [8 x [1 x [5 x %struct.S0]]], ptr @g_635, i64 0, i64 %578
  %580 = load i32, ptr %7, align 4, !tbaa !5
  %581 = sext i32 %580 to i64
  %582 = getelementptr inbounds [1 x [5 x %struct.S0]], ptr %579, i64 0, i64 %581
  %583 = load i32, ptr %8, align 4, !tbaa !5
  %584 = sext i32 %583 to i64
  %585 = getelementptr inbounds [5 x %struct.S0], ptr %582, i64 0, i64 %584
  %586 = load volatile i64, ptr %585, align 4
  %587 = lshr i64 %586, 56
  %588 = and i64 %587, 31
  %589 = trunc i64 %588 to i32
  %590 = zext i32 %589 to i64
  %591 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %590, ptr noundef @.str.71, i32 noundef %591) #8
  %592 = load i32, ptr %6, align 4, !tbaa !5
  %593 = sext i32 %592 to i64
  %594 = getelementptr inbounds [8 x [1 x [5 x %struct.S0]]], ptr @g_635, i64 0, i64 %593
  %595 = load i32, ptr %7, align 4, !tbaa !5
  %596 = sext i32 %595 to i64
  %597 = getelementptr inbounds [1 x [5 x %struct.S0]], ptr %594, i64 0, i64 %596
  %598 = load i32, ptr %8, align 4, !tbaa !5
  %599 = sext i32 %598 to i64
  %600 = getelementptr inbounds [5 x %struct.S0], ptr %597, i64 0, i64 %599
  %601 = getelementptr inbounds %struct.S0, ptr %600, i32 0, i32 1
  %602 = load volatile i8, ptr %601, align 4
  %603 = zext i8 %602 to i32
  %604 = zext i32 %603 to i64
  %605 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %604, ptr noundef @.str.72, i32 noundef %605) #8
  %606 = load i32, ptr %9, align 4, !tbaa !5
  %607 = icmp ne i32 %606, 0
  br i1 %607, label %608, label %613

608:                                              ; preds = %517
  %609 = load i32, ptr %6, align 4, !tbaa !5
  %610 = load i32, ptr %7, align 4, !tbaa !5
  %611 = load i32, ptr %8, align 4, !tbaa !5
  %612 = call i32 (ptr, ...) @printf(ptr noundef @.str.29, i32 noundef %609, i32 noundef %610, i32 noundef %611) #8
  br label %613

613:                                              ; preds = %608, %517
  br label %614

614:                                              ; preds = %613
  %615 = load i32, ptr %8, align 4, !tbaa !5
  %616 = add nsw i32 %615, 1
  store i32 %616, ptr %8, align 4, !tbaa !5
  br label %514, !llvm.loop !31

617:                                              ; preds = %514
  br label %618

618:                                              ; preds = %617
  %619 = load i32, ptr %7, align 4, !tbaa !5
  %620 = add nsw i32 %619, 1
  store i32 %620, ptr %7, align 4, !tbaa !5
  br label %510, !llvm.loop !32

621:                                              ; preds = %510
  br label %622

622:                                              ; preds = %621
  %623 = load i32, ptr %6, align 4, !tbaa !5
  %624 = add nsw i32 %623, 1
  store i32 %624, ptr %6, align 4, !tbaa !5
  br label %506, !llvm.loop !33

625:                                              ; preds = %506
  %626 = load volatile i8, ptr @g_691, align 1, !tbaa !18
  %627 = zext i8 %626 to i64
  %628 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %627, ptr noundef @.str.73, i32 noundef %628) #8
  %629 = load volatile i32, ptr @g_791, align 4, !tbaa !5
  %630 = sext i32 %629 to i64
  %631 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %630, ptr noundef @.str.74, i32 noundef %631) #8
  %632 = load volatile i64, ptr @g_975, align 4
  %633 = and i64 %632, 32767
  %634 = trunc i64 %633 to i32
  %635 = zext i32 %634 to i64
  %636 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %635, ptr noundef @.str.75, i32 noundef %636) #8
  %637 = load i64, ptr @g_975, align 4
  %638 = shl i64 %637, 41
  %639 = ashr i64 %638, 56
  %640 = trunc i64 %639 to i32
  %641 = sext i32 %640 to i64
  %642 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %641, ptr noundef @.str.76, i32 noundef %642) #8
  %643 = load i64, ptr @g_975, align 4
  %644 = shl i64 %643, 22
  %645 = ashr i64 %644, 54
  %646 = trunc i64 %645 to i32
  %647 = sext i32 %646 to i64
  %648 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %647, ptr noundef @.str.77, i32 noundef %648) #8
  %649 = load volatile i64, ptr @g_975, align 4
  %650 = lshr i64 %649, 42
  %651 = and i64 %650, 16383
  %652 = trunc i64 %651 to i32
  %653 = zext i32 %652 to i64
  %654 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %653, ptr noundef @.str.78, i32 noundef %654) #8
  %655 = load i64, ptr @g_975, align 4
  %656 = lshr i64 %655, 56
  %657 = and i64 %656, 31
  %658 = trunc i64 %657 to i32
  %659 = zext i32 %658 to i64
  %660 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %659, ptr noundef @.str.79, i32 noundef %660) #8
  %661 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_975, i32 0, i32 1), align 4
  %662 = zext i8 %661 to i32
  %663 = zext i32 %662 to i64
  %664 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %663, ptr noundef @.str.80, i32 noundef %664) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %665

665:                                              ; preds = %727, %625
  %666 = load i32, ptr %6, align 4, !tbaa !5
  %667 = icmp slt i32 %666, 8
  br i1 %667, label %668, label %730

668:                                              ; preds = %665
  %669 = load i32, ptr %6, align 4, !tbaa !5
  %670 = sext i32 %669 to i64
  %671 = getelementptr inbounds [8 x %struct.S0], ptr @g_1084, i64 0, i64 %670
  %672 = load volatile i64, ptr %671, align 4
  %673 = and i64 %672, 32767
  %674 = trunc i64 %673 to i32
  %675 = zext i32 %674 to i64
  %676 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %675, ptr noundef @.str.81, i32 noundef %676) #8
  %677 = load i32, ptr %6, align 4, !tbaa !5
  %678 = sext i32 %677 to i64
  %679 = getelementptr inbounds [8 x %struct.S0], ptr @g_1084, i64 0, i64 %678
  %680 = load volatile i64, ptr %679, align 4
  %681 = shl i64 %680, 41
  %682 = ashr i64 %681, 56
  %683 = trunc i64 %682 to i32
  %684 = sext i32 %683 to i64
  %685 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %684, ptr noundef @.str.82, i32 noundef %685) #8
  %686 = load i32, ptr %6, align 4, !tbaa !5
  %687 = sext i32 %686 to i64
  %688 = getelementptr inbounds [8 x %struct.S0], ptr @g_1084, i64 0, i64 %687
  %689 = load volatile i64, ptr %688, align 4
  %690 = shl i64 %689, 22
  %691 = ashr i64 %690, 54
  %692 = trunc i64 %691 to i32
  %693 = sext i32 %692 to i64
  %694 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %693, ptr noundef @.str.83, i32 noundef %694) #8
  %695 = load i32, ptr %6, align 4, !tbaa !5
  %696 = sext i32 %695 to i64
  %697 = getelementptr inbounds [8 x %struct.S0], ptr @g_1084, i64 0, i64 %696
  %698 = load volatile i64, ptr %697, align 4
  %699 = lshr i64 %698, 42
  %700 = and i64 %699, 16383
  %701 = trunc i64 %700 to i32
  %702 = zext i32 %701 to i64
  %703 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %702, ptr noundef @.str.84, i32 noundef %703) #8
  %704 = load i32, ptr %6, align 4, !tbaa !5
  %705 = sext i32 %704 to i64
  %706 = getelementptr inbounds [8 x %struct.S0], ptr @g_1084, i64 0, i64 %705
  %707 = load volatile i64, ptr %706, align 4
  %708 = lshr i64 %707, 56
  %709 = and i64 %708, 31
  %710 = trunc i64 %709 to i32
  %711 = zext i32 %710 to i64
  %712 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %711, ptr noundef @.str.85, i32 noundef %712) #8
  %713 = load i32, ptr %6, align 4, !tbaa !5
  %714 = sext i32 %713 to i64
  %715 = getelementptr inbounds [8 x %struct.S0], ptr @g_1084, i64 0, i64 %714
  %716 = getelementptr inbounds %struct.S0, ptr %715, i32 0, i32 1
  %717 = load volatile i8, ptr %716, align 4
  %718 = zext i8 %717 to i32
  %719 = zext i32 %718 to i64
  %720 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %719, ptr noundef @.str.86, i32 noundef %720) #8
  %721 = load i32, ptr %9, align 4, !tbaa !5
  %722 = icmp ne i32 %721, 0
  br i1 %722, label %723, label %726

723:                                              ; preds = %668
  %724 = load i32, ptr %6, align 4, !tbaa !5
  %725 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %724) #8
  br label %726

726:                                              ; preds = %723, %668
  br label %727

727:                                              ; preds = %726
  %728 = load i32, ptr %6, align 4, !tbaa !5
  %729 = add nsw i32 %728, 1
  store i32 %729, ptr %6, align 4, !tbaa !5
  br label %665, !llvm.loop !34

730:                                              ; preds = %665
  %731 = load i16, ptr @g_1109, align 2, !tbaa !11
  %732 = zext i16 %731 to i64
  %733 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %732, ptr noundef @.str.87, i32 noundef %733) #8
  %734 = load i32, ptr @g_1110, align 4, !tbaa !5
  %735 = sext i32 %734 to i64
  %736 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %735, ptr noundef @.str.88, i32 noundef %736) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %737

737:                                              ; preds = %753, %730
  %738 = load i32, ptr %6, align 4, !tbaa !5
  %739 = icmp slt i32 %738, 3
  br i1 %739, label %740, label %756

740:                                              ; preds = %737
  %741 = load i32, ptr %6, align 4, !tbaa !5
  %742 = sext i32 %741 to i64
  %743 = getelementptr inbounds [3 x i32], ptr @g_1172, i64 0, i64 %742
  %744 = load i32, ptr %743, align 4, !tbaa !5
  %745 = sext i32 %744 to i64
  %746 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %745, ptr noundef @.str.89, i32 noundef %746) #8
  %747 = load i32, ptr %9, align 4, !tbaa !5
  %748 = icmp ne i32 %747, 0
  br i1 %748, label %749, label %752

749:                                              ; preds = %740
  %750 = load i32, ptr %6, align 4, !tbaa !5
  %751 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %750) #8
  br label %752

752:                                              ; preds = %749, %740
  br label %753

753:                                              ; preds = %752
  %754 = load i32, ptr %6, align 4, !tbaa !5
  %755 = add nsw i32 %754, 1
  store i32 %755, ptr %6, align 4, !tbaa !5
  br label %737, !llvm.loop !35

756:                                              ; preds = %737
  %757 = load i16, ptr @g_1331, align 2, !tbaa !11
  %758 = zext i16 %757 to i64
  %759 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %758, ptr noundef @.str.90, i32 noundef %759) #8
  %760 = load volatile i64, ptr @g_1348, align 4
  %761 = and i64 %760, 32767
  %762 = trunc i64 %761 to i32
  %763 = zext i32 %762 to i64
  %764 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %763, ptr noundef @.str.91, i32 noundef %764) #8
  %765 = load i64, ptr @g_1348, align 4
  %766 = shl i64 %765, 41
  %767 = ashr i64 %766, 56
  %768 = trunc i64 %767 to i32
  %769 = sext i32 %768 to i64
  %770 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %769, ptr noundef @.str.92, i32 noundef %770) #8
  %771 = load i64, ptr @g_1348, align 4
  %772 = shl i64 %771, 22
  %773 = ashr i64 %772, 54
  %774 = trunc i64 %773 to i32
  %775 = sext i32 %774 to i64
  %776 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %775, ptr noundef @.str.93, i32 noundef %776) #8
  %777 = load volatile i64, ptr @g_1348, align 4
  %778 = lshr i64 %777, 42
  %779 = and i64 %778, 16383
  %780 = trunc i64 %779 to i32
  %781 = zext i32 %780 to i64
  %782 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %781, ptr noundef @.str.94, i32 noundef %782) #8
  %783 = load i64, ptr @g_1348, align 4
  %784 = lshr i64 %783, 56
  %785 = and i64 %784, 31
  %786 = trunc i64 %785 to i32
  %787 = zext i32 %786 to i64
  %788 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %787, ptr noundef @.str.95, i32 noundef %788) #8
  %789 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1348, i32 0, i32 1), align 4
  %790 = zext i8 %789 to i32
  %791 = zext i32 %790 to i64
  %792 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %791, ptr noundef @.str.96, i32 noundef %792) #8
  %793 = load volatile i64, ptr @g_1354, align 4
  %794 = and i64 %793, 32767
  %795 = trunc i64 %794 to i32
  %796 = zext i32 %795 to i64
  %797 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %796, ptr noundef @.str.97, i32 noundef %797) #8
  %798 = load i64, ptr @g_1354, align 4
  %799 = shl i64 %798, 41
  %800 = ashr i64 %799, 56
  %801 = trunc i64 %800 to i32
  %802 = sext i32 %801 to i64
  %803 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %802, ptr noundef @.str.98, i32 noundef %803) #8
  %804 = load i64, ptr @g_1354, align 4
  %805 = shl i64 %804, 22
  %806 = ashr i64 %805, 54
  %807 = trunc i64 %806 to i32
  %808 = sext i32 %807 to i64
  %809 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %808, ptr noundef @.str.99, i32 noundef %809) #8
  %810 = load volatile i64, ptr @g_1354, align 4
  %811 = lshr i64 %810, 42
  %812 = and i64 %811, 16383
  %813 = trunc i64 %812 to i32
  %814 = zext i32 %813 to i64
  %815 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %814, ptr noundef @.str.100, i32 noundef %815) #8
  %816 = load i64, ptr @g_1354, align 4
  %817 = lshr i64 %816, 56
  %818 = and i64 %817, 31
  %819 = trunc i64 %818 to i32
  %820 = zext i32 %819 to i64
  %821 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %820, ptr noundef @.str.101, i32 noundef %821) #8
  %822 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1354, i32 0, i32 1), align 4
  %823 = zext i8 %822 to i32
  %824 = zext i32 %823 to i64
  %825 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %824, ptr noundef @.str.102, i32 noundef %825) #8
  %826 = load volatile i64, ptr @g_1404, align 4
  %827 = and i64 %826, 32767
  %828 = trunc i64 %827 to i32
  %829 = zext i32 %828 to i64
  %830 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %829, ptr noundef @.str.103, i32 noundef %830) #8
  %831 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef 7, ptr noundef @.str.104, i32 noundef %831) #8
  %832 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef 1, ptr noundef @.str.105, i32 noundef %832) #8
  %833 = load volatile i64, ptr @g_1404, align 4
  %834 = lshr i64 %833, 42
  %835 = and i64 %834, 16383
  %836 = trunc i64 %835 to i32
  %837 = zext i32 %836 to i64
  %838 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %837, ptr noundef @.str.106, i32 noundef %838) #8
  %839 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef 0, ptr noundef @.str.107, i32 noundef %839) #8
  %840 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1404, i32 0, i32 1), align 4
  %841 = zext i8 %840 to i32
  %842 = zext i32 %841 to i64
  %843 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %842, ptr noundef @.str.108, i32 noundef %843) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %844

844:                                              ; preds = %860, %756
  %845 = load i32, ptr %6, align 4, !tbaa !5
  %846 = icmp slt i32 %845, 6
  br i1 %846, label %847, label %863

847:                                              ; preds = %844
  %848 = load i32, ptr %6, align 4, !tbaa !5
  %849 = sext i32 %848 to i64
  %850 = getelementptr inbounds [6 x i32], ptr @g_1467, i64 0, i64 %849
  %851 = load volatile i32, ptr %850, align 4, !tbaa !5
  %852 = sext i32 %851 to i64
  %853 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %852, ptr noundef @.str.109, i32 noundef %853) #8
  %854 = load i32, ptr %9, align 4, !tbaa !5
  %855 = icmp ne i32 %854, 0
  br i1 %855, label %856, label %859

856:                                              ; preds = %847
  %857 = load i32, ptr %6, align 4, !tbaa !5
  %858 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %857) #8
  br label %859

859:                                              ; preds = %856, %847
  br label %860

860:                                              ; preds = %859
  %861 = load i32, ptr %6, align 4, !tbaa !5
  %862 = add nsw i32 %861, 1
  store i32 %862, ptr %6, align 4, !tbaa !5
  br label %844, !llvm.loop !36

863:                                              ; preds = %844
  %864 = load volatile i64, ptr @g_1692, align 4
  %865 = and i64 %864, 32767
  %866 = trunc i64 %865 to i32
  %867 = zext i32 %866 to i64
  %868 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %867, ptr noundef @.str.110, i32 noundef %868) #8
  %869 = load i64, ptr @g_1692, align 4
  %870 = shl i64 %869, 41
  %871 = ashr i64 %870, 56
  %872 = trunc i64 %871 to i32
  %873 = sext i32 %872 to i64
  %874 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %873, ptr noundef @.str.111, i32 noundef %874) #8
  %875 = load i64, ptr @g_1692, align 4
  %876 = shl i64 %875, 22
  %877 = ashr i64 %876, 54
  %878 = trunc i64 %877 to i32
  %879 = sext i32 %878 to i64
  %880 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %879, ptr noundef @.str.112, i32 noundef %880) #8
  %881 = load volatile i64, ptr @g_1692, align 4
  %882 = lshr i64 %881, 42
  %883 = and i64 %882, 16383
  %884 = trunc i64 %883 to i32
  %885 = zext i32 %884 to i64
  %886 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %885, ptr noundef @.str.113, i32 noundef %886) #8
  %887 = load i64, ptr @g_1692, align 4
  %888 = lshr i64 %887, 56
  %889 = and i64 %888, 31
  %890 = trunc i64 %889 to i32
  %891 = zext i32 %890 to i64
  %892 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %891, ptr noundef @.str.114, i32 noundef %892) #8
  %893 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1692, i32 0, i32 1), align 4
  %894 = zext i8 %893 to i32
  %895 = zext i32 %894 to i64
  %896 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %895, ptr noundef @.str.115, i32 noundef %896) #8
  %897 = load volatile i32, ptr @g_1727, align 4, !tbaa !5
  %898 = sext i32 %897 to i64
  %899 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %898, ptr noundef @.str.116, i32 noundef %899) #8
  %900 = load i8, ptr @g_1865, align 1, !tbaa !18
  %901 = sext i8 %900 to i64
  %902 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %901, ptr noundef @.str.117, i32 noundef %902) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %903

903:                                              ; preds = %942, %863
  %904 = load i32, ptr %6, align 4, !tbaa !5
  %905 = icmp slt i32 %904, 2
  br i1 %905, label %906, label %945

906:                                              ; preds = %903
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %907

907:                                              ; preds = %938, %906
  %908 = load i32, ptr %7, align 4, !tbaa !5
  %909 = icmp slt i32 %908, 7
  br i1 %909, label %910, label %941

910:                                              ; preds = %907
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %911

911:                                              ; preds = %934, %910
  %912 = load i32, ptr %8, align 4, !tbaa !5
  %913 = icmp slt i32 %912, 9
  br i1 %913, label %914, label %937

914:                                              ; preds = %911
  %915 = load i32, ptr %6, align 4, !tbaa !5
  %916 = sext i32 %915 to i64
  %917 = getelementptr inbounds [2 x [7 x [9 x i64]]], ptr @g_1977, i64 0, i64 %916
  %918 = load i32, ptr %7, align 4, !tbaa !5
  %919 = sext i32 %918 to i64
  %920 = getelementptr inbounds [7 x [9 x i64]], ptr %917, i64 0, i64 %919
  %921 = load i32, ptr %8, align 4, !tbaa !5
  %922 = sext i32 %921 to i64
  %923 = getelementptr inbounds [9 x i64], ptr %920, i64 0, i64 %922
  %924 = load i64, ptr %923, align 8, !tbaa !13
  %925 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %924, ptr noundef @.str.118, i32 noundef %925) #8
  %926 = load i32, ptr %9, align 4, !tbaa !5
  %927 = icmp ne i32 %926, 0
  br i1 %927, label %928, label %933

928:                                              ; preds = %914
  %929 = load i32, ptr %6, align 4, !tbaa !5
  %930 = load i32, ptr %7, align 4, !tbaa !5
  %931 = load i32, ptr %8, align 4, !tbaa !5
  %932 = call i32 (ptr, ...) @printf(ptr noundef @.str.29, i32 noundef %929, i32 noundef %930, i32 noundef %931) #8
  br label %933

933:                                              ; preds = %928, %914
  br label %934

934:                                              ; preds = %933
  %935 = load i32, ptr %8, align 4, !tbaa !5
  %936 = add nsw i32 %935, 1
  store i32 %936, ptr %8, align 4, !tbaa !5
  br label %911, !llvm.loop !37

937:                                              ; preds = %911
  br label %938

938:                                              ; preds = %937
  %939 = load i32, ptr %7, align 4, !tbaa !5
  %940 = add nsw i32 %939, 1
  store i32 %940, ptr %7, align 4, !tbaa !5
  br label %907, !llvm.loop !38

941:                                              ; preds = %907
  br label %942

942:                                              ; preds = %941
  %943 = load i32, ptr %6, align 4, !tbaa !5
  %944 = add nsw i32 %943, 1
  store i32 %944, ptr %6, align 4, !tbaa !5
  br label %903, !llvm.loop !39

945:                                              ; preds = %903
  %946 = load volatile i64, ptr @g_2083, align 4
  %947 = and i64 %946, 32767
  %948 = trunc i64 %947 to i32
  %949 = zext i32 %948 to i64
  %950 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %949, ptr noundef @.str.119, i32 noundef %950) #8
  %951 = load volatile i64, ptr @g_2083, align 4
  %952 = shl i64 %951, 41
  %953 = ashr i64 %952, 56
  %954 = trunc i64 %953 to i32
  %955 = sext i32 %954 to i64
  %956 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %955, ptr noundef @.str.120, i32 noundef %956) #8
  %957 = load volatile i64, ptr @g_2083, align 4
  %958 = shl i64 %957, 22
  %959 = ashr i64 %958, 54
  %960 = trunc i64 %959 to i32
  %961 = sext i32 %960 to i64
  %962 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %961, ptr noundef @.str.121, i32 noundef %962) #8
  %963 = load volatile i64, ptr @g_2083, align 4
  %964 = lshr i64 %963, 42
  %965 = and i64 %964, 16383
  %966 = trunc i64 %965 to i32
  %967 = zext i32 %966 to i64
  %968 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %967, ptr noundef @.str.122, i32 noundef %968) #8
  %969 = load volatile i64, ptr @g_2083, align 4
  %970 = lshr i64 %969, 56
  %971 = and i64 %970, 31
  %972 = trunc i64 %971 to i32
  %973 = zext i32 %972 to i64
  %974 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %973, ptr noundef @.str.123, i32 noundef %974) #8
  %975 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2083, i32 0, i32 1), align 4
  %976 = zext i8 %975 to i32
  %977 = zext i32 %976 to i64
  %978 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %977, ptr noundef @.str.124, i32 noundef %978) #8
  %979 = load i64, ptr @g_2160, align 8, !tbaa !13
  %980 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %979, ptr noundef @.str.125, i32 noundef %980) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %981

981:                                              ; preds = %1009, %945
  %982 = load i32, ptr %6, align 4, !tbaa !5
  %983 = icmp slt i32 %982, 1
  br i1 %983, label %984, label %1012

984:                                              ; preds = %981
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %985

985:                                              ; preds = %1005, %984
  %986 = load i32, ptr %7, align 4, !tbaa !5
  %987 = icmp slt i32 %986, 7
  br i1 %987, label %988, label %1008

988:                                              ; preds = %985
  %989 = load i32, ptr %6, align 4, !tbaa !5
  %990 = sext i32 %989 to i64
  %991 = getelementptr inbounds [1 x [7 x i16]], ptr @g_2261, i64 0, i64 %990
  %992 = load i32, ptr %7, align 4, !tbaa !5
  %993 = sext i32 %992 to i64
  %994 = getelementptr inbounds [7 x i16], ptr %991, i64 0, i64 %993
  %995 = load i16, ptr %994, align 2, !tbaa !11
  %996 = sext i16 %995 to i64
  %997 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %996, ptr noundef @.str.126, i32 noundef %997) #8
  %998 = load i32, ptr %9, align 4, !tbaa !5
  %999 = icmp ne i32 %998, 0
  br i1 %999, label %1000, label %1004

1000:                                             ; preds = %988
  %1001 = load i32, ptr %6, align 4, !tbaa !5
  %1002 = load i32, ptr %7, align 4, !tbaa !5
  %1003 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %1001, i32 noundef %1002) #8
  br label %1004

1004:                                             ; preds = %1000, %988
  br label %1005

1005:                                             ; preds = %1004
  %1006 = load i32, ptr %7, align 4, !tbaa !5
  %1007 = add nsw i32 %1006, 1
  store i32 %1007, ptr %7, align 4, !tbaa !5
  br label %985, !llvm.loop !40

1008:                                             ; preds = %985
  br label %1009

1009:                                             ; preds = %1008
  %1010 = load i32, ptr %6, align 4, !tbaa !5
  %1011 = add nsw i32 %1010, 1
  store i32 %1011, ptr %6, align 4, !tbaa !5
  br label %981, !llvm.loop !41

1012:                                             ; preds = %981
  %1013 = load volatile i64, ptr @g_2262, align 4
  %1014 = and i64 %1013, 32767
  %1015 = trunc i64 %1014 to i32
  %1016 = zext i32 %1015 to i64
  %1017 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1016, ptr noundef @.str.127, i32 noundef %1017) #8
  %1018 = load i64, ptr @g_2262, align 4
  %1019 = shl i64 %1018, 41
  %1020 = ashr i64 %1019, 56
  %1021 = trunc i64 %1020 to i32
  %1022 = sext i32 %1021 to i64
  %1023 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1022, ptr noundef @.str.128, i32 noundef %1023) #8
  %1024 = load i64, ptr @g_2262, align 4
  %1025 = shl i64 %1024, 22
  %1026 = ashr i64 %1025, 54
  %1027 = trunc i64 %1026 to i32
  %1028 = sext i32 %1027 to i64
  %1029 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1028, ptr noundef @.str.129, i32 noundef %1029) #8
  %1030 = load volatile i64, ptr @g_2262, align 4
  %1031 = lshr i64 %1030, 42
  %1032 = and i64 %1031, 16383
  %1033 = trunc i64 %1032 to i32
  %1034 = zext i32 %1033 to i64
  %1035 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1034, ptr noundef @.str.130, i32 noundef %1035) #8
  %1036 = load i64, ptr @g_2262, align 4
  %1037 = lshr i64 %1036, 56
  %1038 = and i64 %1037, 31
  %1039 = trunc i64 %1038 to i32
  %1040 = zext i32 %1039 to i64
  %1041 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1040, ptr noundef @.str.131, i32 noundef %1041) #8
  %1042 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2262, i32 0, i32 1), align 4
  %1043 = zext i8 %1042 to i32
  %1044 = zext i32 %1043 to i64
  %1045 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1044, ptr noundef @.str.132, i32 noundef %1045) #8
  %1046 = load volatile i64, ptr @g_2332, align 4
  %1047 = and i64 %1046, 32767
  %1048 = trunc i64 %1047 to i32
  %1049 = zext i32 %1048 to i64
  %1050 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1049, ptr noundef @.str.133, i32 noundef %1050) #8
  %1051 = load i64, ptr @g_2332, align 4
  %1052 = shl i64 %1051, 41
  %1053 = ashr i64 %1052, 56
  %1054 = trunc i64 %1053 to i32
  %1055 = sext i32 %1054 to i64
  %1056 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1055, ptr noundef @.str.134, i32 noundef %1056) #8
  %1057 = load i64, ptr @g_2332, align 4
  %1058 = shl i64 %1057, 22
  %1059 = ashr i64 %1058, 54
  %1060 = trunc i64 %1059 to i32
  %1061 = sext i32 %1060 to i64
  %1062 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1061, ptr noundef @.str.135, i32 noundef %1062) #8
  %1063 = load volatile i64, ptr @g_2332, align 4
  %1064 = lshr i64 %1063, 42
  %1065 = and i64 %1064, 16383
  %1066 = trunc i64 %1065 to i32
  %1067 = zext i32 %1066 to i64
  %1068 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1067, ptr noundef @.str.136, i32 noundef %1068) #8
  %1069 = load i64, ptr @g_2332, align 4
  %1070 = lshr i64 %1069, 56
  %1071 = and i64 %1070, 31
  %1072 = trunc i64 %1071 to i32
  %1073 = zext i32 %1072 to i64
  %1074 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1073, ptr noundef @.str.137, i32 noundef %1074) #8
  %1075 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2332, i32 0, i32 1), align 4
  %1076 = zext i8 %1075 to i32
  %1077 = zext i32 %1076 to i64
  %1078 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1077, ptr noundef @.str.138, i32 noundef %1078) #8
  %1079 = load volatile i64, ptr @g_2499, align 4
  %1080 = and i64 %1079, 32767
  %1081 = trunc i64 %1080 to i32
  %1082 = zext i32 %1081 to i64
  %1083 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1082, ptr noundef @.str.139, i32 noundef %1083) #8
  %1084 = load volatile i64, ptr @g_2499, align 4
  %1085 = shl i64 %1084, 41
  %1086 = ashr i64 %1085, 56
  %1087 = trunc i64 %1086 to i32
  %1088 = sext i32 %1087 to i64
  %1089 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1088, ptr noundef @.str.140, i32 noundef %1089) #8
  %1090 = load volatile i64, ptr @g_2499, align 4
  %1091 = shl i64 %1090, 22
  %1092 = ashr i64 %1091, 54
  %1093 = trunc i64 %1092 to i32
  %1094 = sext i32 %1093 to i64
  %1095 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1094, ptr noundef @.str.141, i32 noundef %1095) #8
  %1096 = load volatile i64, ptr @g_2499, align 4
  %1097 = lshr i64 %1096, 42
  %1098 = and i64 %1097, 16383
  %1099 = trunc i64 %1098 to i32
  %1100 = zext i32 %1099 to i64
  %1101 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1100, ptr noundef @.str.142, i32 noundef %1101) #8
  %1102 = load volatile i64, ptr @g_2499, align 4
  %1103 = lshr i64 %1102, 56
  %1104 = and i64 %1103, 31
  %1105 = trunc i64 %1104 to i32
  %1106 = zext i32 %1105 to i64
  %1107 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1106, ptr noundef @.str.143, i32 noundef %1107) #8
  %1108 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2499, i32 0, i32 1), align 4
  %1109 = zext i8 %1108 to i32
  %1110 = zext i32 %1109 to i64
  %1111 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1110, ptr noundef @.str.144, i32 noundef %1111) #8
  %1112 = load i8, ptr @g_2518, align 1, !tbaa !18
  %1113 = sext i8 %1112 to i64
  %1114 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1113, ptr noundef @.str.145, i32 noundef %1114) #8
  %1115 = load volatile i64, ptr @g_2574, align 4
  %1116 = and i64 %1115, 32767
  %1117 = trunc i64 %1116 to i32
  %1118 = zext i32 %1117 to i64
  %1119 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1118, ptr noundef @.str.146, i32 noundef %1119) #8
  %1120 = load i64, ptr @g_2574, align 4
  %1121 = shl i64 %1120, 41
  %1122 = ashr i64 %1121, 56
  %1123 = trunc i64 %1122 to i32
  %1124 = sext i32 %1123 to i64
  %1125 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1124, ptr noundef @.str.147, i32 noundef %1125) #8
  %1126 = load i64, ptr @g_2574, align 4
  %1127 = shl i64 %1126, 22
  %1128 = ashr i64 %1127, 54
  %1129 = trunc i64 %1128 to i32
  %1130 = sext i32 %1129 to i64
  %1131 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1130, ptr noundef @.str.148, i32 noundef %1131) #8
  %1132 = load volatile i64, ptr @g_2574, align 4
  %1133 = lshr i64 %1132, 42
  %1134 = and i64 %1133, 16383
  %1135 = trunc i64 %1134 to i32
  %1136 = zext i32 %1135 to i64
  %1137 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1136, ptr noundef @.str.149, i32 noundef %1137) #8
  %1138 = load i64, ptr @g_2574, align 4
  %1139 = lshr i64 %1138, 56
  %1140 = and i64 %1139, 31
  %1141 = trunc i64 %1140 to i32
  %1142 = zext i32 %1141 to i64
  %1143 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1142, ptr noundef @.str.150, i32 noundef %1143) #8
  %1144 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2574, i32 0, i32 1), align 4
  %1145 = zext i8 %1144 to i32
  %1146 = zext i32 %1145 to i64
  %1147 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1146, ptr noundef @.str.151, i32 noundef %1147) #8
  %1148 = load i16, ptr @g_2604, align 2, !tbaa !11
  %1149 = sext i16 %1148 to i64
  %1150 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1149, ptr noundef @.str.152, i32 noundef %1150) #8
  %1151 = load i8, ptr @g_2634, align 1, !tbaa !18
  %1152 = sext i8 %1151 to i64
  %1153 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1152, ptr noundef @.str.153, i32 noundef %1153) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1154

1154:                                             ; preds = %1194, %1012
  %1155 = load i32, ptr %6, align 4, !tbaa !5
  %1156 = icmp slt i32 %1155, 4
  br i1 %1156, label %1157, label %1197

1157:                                             ; preds = %1154
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %1158

1158:                                             ; preds = %1190, %1157
  %1159 = load i32, ptr %7, align 4, !tbaa !5
  %1160 = icmp slt i32 %1159, 9
  br i1 %1160, label %1161, label %1193

1161:                                             ; preds = %1158
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %1162

1162:                                             ; preds = %1186, %1161
  %1163 = load i32, ptr %8, align 4, !tbaa !5
  %1164 = icmp slt i32 %1163, 5
  br i1 %1164, label %1165, label %1189

1165:                                             ; preds = %1162
  %1166 = load i32, ptr %6, align 4, !tbaa !5
  %1167 = sext i32 %1166 to i64
  %1168 = getelementptr inbounds [4 x [9 x [5 x i8]]], ptr @g_2681, i64 0, i64 %1167
  %1169 = load i32, ptr %7, align 4, !tbaa !5
  %1170 = sext i32 %1169 to i64
  %1171 = getelementptr inbounds [9 x [5 x i8]], ptr %1168, i64 0, i64 %1170
  %1172 = load i32, ptr %8, align 4, !tbaa !5
  %1173 = sext i32 %1172 to i64
  %1174 = getelementptr inbounds [5 x i8], ptr %1171, i64 0, i64 %1173
  %1175 = load i8, ptr %1174, align 1, !tbaa !18
  %1176 = zext i8 %1175 to i64
  %1177 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1176, ptr noundef @.str.154, i32 noundef %1177) #8
  %1178 = load i32, ptr %9, align 4, !tbaa !5
  %1179 = icmp ne i32 %1178, 0
  br i1 %1179, label %1180, label %1185

1180:                                             ; preds = %1165
  %1181 = load i32, ptr %6, align 4, !tbaa !5
  %1182 = load i32, ptr %7, align 4, !tbaa !5
  %1183 = load i32, ptr %8, align 4, !tbaa !5
  %1184 = call i32 (ptr, ...) @printf(ptr noundef @.str.29, i32 noundef %1181, i32 noundef %1182, i32 noundef %1183) #8
  br label %1185

1185:                                             ; preds = %1180, %1165
  br label %1186

1186:                                             ; preds = %1185
  %1187 = load i32, ptr %8, align 4, !tbaa !5
  %1188 = add nsw i32 %1187, 1
  store i32 %1188, ptr %8, align 4, !tbaa !5
  br label %1162, !llvm.loop !42

1189:                                             ; preds = %1162
  br label %1190

1190:                                             ; preds = %1189
  %1191 = load i32, ptr %7, align 4, !tbaa !5
  %1192 = add nsw i32 %1191, 1
  store i32 %1192, ptr %7, align 4, !tbaa !5
  br label %1158, !llvm.loop !43

1193:                                             ; preds = %1158
  br label %1194

1194:                                             ; preds = %1193
  %1195 = load i32, ptr %6, align 4, !tbaa !5
  %1196 = add nsw i32 %1195, 1
  store i32 %1196, ptr %6, align 4, !tbaa !5
  br label %1154, !llvm.loop !44

1197:                                             ; preds = %1154
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1198

1198:                                             ; preds = %1260, %1197
  %1199 = load i32, ptr %6, align 4, !tbaa !5
  %1200 = icmp slt i32 %1199, 5
  br i1 %1200, label %1201, label %1263

1201:                                             ; preds = %1198
  %1202 = load i32, ptr %6, align 4, !tbaa !5
  %1203 = sext i32 %1202 to i64
  %1204 = getelementptr inbounds [5 x %struct.S0], ptr @g_2686, i64 0, i64 %1203
  %1205 = load volatile i64, ptr %1204, align 4
  %1206 = and i64 %1205, 32767
  %1207 = trunc i64 %1206 to i32
  %1208 = zext i32 %1207 to i64
  %1209 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1208, ptr noundef @.str.155, i32 noundef %1209) #8
  %1210 = load i32, ptr %6, align 4, !tbaa !5
  %1211 = sext i32 %1210 to i64
  %1212 = getelementptr inbounds [5 x %struct.S0], ptr @g_2686, i64 0, i64 %1211
  %1213 = load i64, ptr %1212, align 4
  %1214 = shl i64 %1213, 41
  %1215 = ashr i64 %1214, 56
  %1216 = trunc i64 %1215 to i32
  %1217 = sext i32 %1216 to i64
  %1218 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1217, ptr noundef @.str.156, i32 noundef %1218) #8
  %1219 = load i32, ptr %6, align 4, !tbaa !5
  %1220 = sext i32 %1219 to i64
  %1221 = getelementptr inbounds [5 x %struct.S0], ptr @g_2686, i64 0, i64 %1220
  %1222 = load i64, ptr %1221, align 4
  %1223 = shl i64 %1222, 22
  %1224 = ashr i64 %1223, 54
  %1225 = trunc i64 %1224 to i32
  %1226 = sext i32 %1225 to i64
  %1227 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1226, ptr noundef @.str.157, i32 noundef %1227) #8
  %1228 = load i32, ptr %6, align 4, !tbaa !5
  %1229 = sext i32 %1228 to i64
  %1230 = getelementptr inbounds [5 x %struct.S0], ptr @g_2686, i64 0, i64 %1229
  %1231 = load volatile i64, ptr %1230, align 4
  %1232 = lshr i64 %1231, 42
  %1233 = and i64 %1232, 16383
  %1234 = trunc i64 %1233 to i32
  %1235 = zext i32 %1234 to i64
  %1236 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1235, ptr noundef @.str.158, i32 noundef %1236) #8
  %1237 = load i32, ptr %6, align 4, !tbaa !5
  %1238 = sext i32 %1237 to i64
  %1239 = getelementptr inbounds [5 x %struct.S0], ptr @g_2686, i64 0, i64 %1238
  %1240 = load i64, ptr %1239, align 4
  %1241 = lshr i64 %1240, 56
  %1242 = and i64 %1241, 31
  %1243 = trunc i64 %1242 to i32
  %1244 = zext i32 %1243 to i64
  %1245 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1244, ptr noundef @.str.159, i32 noundef %1245) #8
  %1246 = load i32, ptr %6, align 4, !tbaa !5
  %1247 = sext i32 %1246 to i64
  %1248 = getelementptr inbounds [5 x %struct.S0], ptr @g_2686, i64 0, i64 %1247
  %1249 = getelementptr inbounds %struct.S0, ptr %1248, i32 0, i32 1
  %1250 = load volatile i8, ptr %1249, align 4
  %1251 = zext i8 %1250 to i32
  %1252 = zext i32 %1251 to i64
  %1253 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1252, ptr noundef @.str.160, i32 noundef %1253) #8
  %1254 = load i32, ptr %9, align 4, !tbaa !5
  %1255 = icmp ne i32 %1254, 0
  br i1 %1255, label %1256, label %1259

1256:                                             ; preds = %1201
  %1257 = load i32, ptr %6, align 4, !tbaa !5
  %1258 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %1257) #8
  br label %1259

1259:                                             ; preds = %1256, %1201
  br label %1260

1260:                                             ; preds = %1259
  %1261 = load i32, ptr %6, align 4, !tbaa !5
  %1262 = add nsw i32 %1261, 1
  store i32 %1262, ptr %6, align 4, !tbaa !5
  br label %1198, !llvm.loop !45

1263:                                             ; preds = %1198
  %1264 = load volatile i64, ptr @g_2738, align 4
  %1265 = and i64 %1264, 32767
  %1266 = trunc i64 %1265 to i32
  %1267 = zext i32 %1266 to i64
  %1268 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1267, ptr noundef @.str.161, i32 noundef %1268) #8
  %1269 = load i64, ptr @g_2738, align 4
  %1270 = shl i64 %1269, 41
  %1271 = ashr i64 %1270, 56
  %1272 = trunc i64 %1271 to i32
  %1273 = sext i32 %1272 to i64
  %1274 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1273, ptr noundef @.str.162, i32 noundef %1274) #8
  %1275 = load i64, ptr @g_2738, align 4
  %1276 = shl i64 %1275, 22
  %1277 = ashr i64 %1276, 54
  %1278 = trunc i64 %1277 to i32
  %1279 = sext i32 %1278 to i64
  %1280 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1279, ptr noundef @.str.163, i32 noundef %1280) #8
  %1281 = load volatile i64, ptr @g_2738, align 4
  %1282 = lshr i64 %1281, 42
  %1283 = and i64 %1282, 16383
  %1284 = trunc i64 %1283 to i32
  %1285 = zext i32 %1284 to i64
  %1286 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1285, ptr noundef @.str.164, i32 noundef %1286) #8
  %1287 = load i64, ptr @g_2738, align 4
  %1288 = lshr i64 %1287, 56
  %1289 = and i64 %1288, 31
  %1290 = trunc i64 %1289 to i32
  %1291 = zext i32 %1290 to i64
  %1292 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1291, ptr noundef @.str.165, i32 noundef %1292) #8
  %1293 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2738, i32 0, i32 1), align 4
  %1294 = zext i8 %1293 to i32
  %1295 = zext i32 %1294 to i64
  %1296 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1295, ptr noundef @.str.166, i32 noundef %1296) #8
  %1297 = load i16, ptr @g_2781, align 2, !tbaa !11
  %1298 = zext i16 %1297 to i64
  %1299 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1298, ptr noundef @.str.167, i32 noundef %1299) #8
  %1300 = load i32, ptr @g_2981, align 4, !tbaa !5
  %1301 = zext i32 %1300 to i64
  %1302 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1301, ptr noundef @.str.168, i32 noundef %1302) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1303

1303:                                             ; preds = %1319, %1263
  %1304 = load i32, ptr %6, align 4, !tbaa !5
  %1305 = icmp slt i32 %1304, 2
  br i1 %1305, label %1306, label %1322

1306:                                             ; preds = %1303
  %1307 = load i32, ptr %6, align 4, !tbaa !5
  %1308 = sext i32 %1307 to i64
  %1309 = getelementptr inbounds [2 x i32], ptr @g_2983, i64 0, i64 %1308
  %1310 = load i32, ptr %1309, align 4, !tbaa !5
  %1311 = sext i32 %1310 to i64
  %1312 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1311, ptr noundef @.str.169, i32 noundef %1312) #8
  %1313 = load i32, ptr %9, align 4, !tbaa !5
  %1314 = icmp ne i32 %1313, 0
  br i1 %1314, label %1315, label %1318

1315:                                             ; preds = %1306
  %1316 = load i32, ptr %6, align 4, !tbaa !5
  %1317 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %1316) #8
  br label %1318

1318:                                             ; preds = %1315, %1306
  br label %1319

1319:                                             ; preds = %1318
  %1320 = load i32, ptr %6, align 4, !tbaa !5
  %1321 = add nsw i32 %1320, 1
  store i32 %1321, ptr %6, align 4, !tbaa !5
  br label %1303, !llvm.loop !46

1322:                                             ; preds = %1303
  %1323 = load volatile i64, ptr @g_2985, align 4
  %1324 = and i64 %1323, 32767
  %1325 = trunc i64 %1324 to i32
  %1326 = zext i32 %1325 to i64
  %1327 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1326, ptr noundef @.str.170, i32 noundef %1327) #8
  %1328 = load i64, ptr @g_2985, align 4
  %1329 = shl i64 %1328, 41
  %1330 = ashr i64 %1329, 56
  %1331 = trunc i64 %1330 to i32
  %1332 = sext i32 %1331 to i64
  %1333 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1332, ptr noundef @.str.171, i32 noundef %1333) #8
  %1334 = load i64, ptr @g_2985, align 4
  %1335 = shl i64 %1334, 22
  %1336 = ashr i64 %1335, 54
  %1337 = trunc i64 %1336 to i32
  %1338 = sext i32 %1337 to i64
  %1339 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1338, ptr noundef @.str.172, i32 noundef %1339) #8
  %1340 = load volatile i64, ptr @g_2985, align 4
  %1341 = lshr i64 %1340, 42
  %1342 = and i64 %1341, 16383
  %1343 = trunc i64 %1342 to i32
  %1344 = zext i32 %1343 to i64
  %1345 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1344, ptr noundef @.str.173, i32 noundef %1345) #8
  %1346 = load i64, ptr @g_2985, align 4
  %1347 = lshr i64 %1346, 56
  %1348 = and i64 %1347, 31
  %1349 = trunc i64 %1348 to i32
  %1350 = zext i32 %1349 to i64
  %1351 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1350, ptr noundef @.str.174, i32 noundef %1351) #8
  %1352 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2985, i32 0, i32 1), align 4
  %1353 = zext i8 %1352 to i32
  %1354 = zext i32 %1353 to i64
  %1355 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1354, ptr noundef @.str.175, i32 noundef %1355) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1356

1356:                                             ; preds = %1445, %1322
  %1357 = load i32, ptr %6, align 4, !tbaa !5
  %1358 = icmp slt i32 %1357, 10
  br i1 %1358, label %1359, label %1448

1359:                                             ; preds = %1356
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %1360

1360:                                             ; preds = %1441, %1359
  %1361 = load i32, ptr %7, align 4, !tbaa !5
  %1362 = icmp slt i32 %1361, 4
  br i1 %1362, label %1363, label %1444

1363:                                             ; preds = %1360
  %1364 = load i32, ptr %6, align 4, !tbaa !5
  %1365 = sext i32 %1364 to i64
  %1366 = getelementptr inbounds [10 x [4 x %struct.S0]], ptr @g_2997, i64 0, i64 %1365
  %1367 = load i32, ptr %7, align 4, !tbaa !5
  %1368 = sext i32 %1367 to i64
  %1369 = getelementptr inbounds [4 x %struct.S0], ptr %1366, i64 0, i64 %1368
  %1370 = load volatile i64, ptr %1369, align 4
  %1371 = and i64 %1370, 32767
  %1372 = trunc i64 %1371 to i32
  %1373 = zext i32 %1372 to i64
  %1374 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1373, ptr noundef @.str.176, i32 noundef %1374) #8
  %1375 = load i32, ptr %6, align 4, !tbaa !5
  %1376 = sext i32 %1375 to i64
  %1377 = getelementptr inbounds [10 x [4 x %struct.S0]], ptr @g_2997, i64 0, i64 %1376
  %1378 = load i32, ptr %7, align 4, !tbaa !5
  %1379 = sext i32 %1378 to i64
  %1380 = getelementptr inbounds [4 x %struct.S0], ptr %1377, i64 0, i64 %1379
  %1381 = load i64, ptr %1380, align 4
  %1382 = shl i64 %1381, 41
  %1383 = ashr i64 %1382, 56
  %1384 = trunc i64 %1383 to i32
  %1385 = sext i32 %1384 to i64
  %1386 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1385, ptr noundef @.str.177, i32 noundef %1386) #8
  %1387 = load i32, ptr %6, align 4, !tbaa !5
  %1388 = sext i32 %1387 to i64
  %1389 = getelementptr inbounds [10 x [4 x %struct.S0]], ptr @g_2997, i64 0, i64 %1388
  %1390 = load i32, ptr %7, align 4, !tbaa !5
  %1391 = sext i32 %1390 to i64
  %1392 = getelementptr inbounds [4 x %struct.S0], ptr %1389, i64 0, i64 %1391
  %1393 = load i64, ptr %1392, align 4
  %1394 = shl i64 %1393, 22
  %1395 = ashr i64 %1394, 54
  %1396 = trunc i64 %1395 to i32
  %1397 = sext i32 %1396 to i64
  %1398 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1397, ptr noundef @.str.178, i32 noundef %1398) #8
  %1399 = load i32, ptr %6, align 4, !tbaa !5
  %1400 = sext i32 %1399 to i64
  %1401 = getelementptr inbounds [10 x [4 x %struct.S0]], ptr @g_2997, i64 0, i64 %1400
  %1402 = load i32, ptr %7, align 4, !tbaa !5
  %1403 = sext i32 %1402 to i64
  %1404 = getelementptr inbounds [4 x %struct.S0], ptr %1401, i64 0, i64 %1403
  %1405 = load volatile i64, ptr %1404, align 4
  %1406 = lshr i64 %1405, 42
  %1407 = and i64 %1406, 16383
  %1408 = trunc i64 %1407 to i32
  %1409 = zext i32 %1408 to i64
  %1410 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1409, ptr noundef @.str.179, i32 noundef %1410) #8
  %1411 = load i32, ptr %6, align 4, !tbaa !5
  %1412 = sext i32 %1411 to i64
  %1413 = getelementptr inbounds [10 x [4 x %struct.S0]], ptr @g_2997, i64 0, i64 %1412
  %1414 = load i32, ptr %7, align 4, !tbaa !5
  %1415 = sext i32 %1414 to i64
  %1416 = getelementptr inbounds [4 x %struct.S0], ptr %1413, i64 0, i64 %1415
  %1417 = load i64, ptr %1416, align 4
  %1418 = lshr i64 %1417, 56
  %1419 = and i64 %1418, 31
  %1420 = trunc i64 %1419 to i32
  %1421 = zext i32 %1420 to i64
  %1422 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1421, ptr noundef @.str.180, i32 noundef %1422) #8
  %1423 = load i32, ptr %6, align 4, !tbaa !5
  %1424 = sext i32 %1423 to i64
  %1425 = getelementptr inbounds [10 x [4 x %struct.S0]], ptr @g_2997, i64 0, i64 %1424
  %1426 = load i32, ptr %7, align 4, !tbaa !5
  %1427 = sext i32 %1426 to i64
  %1428 = getelementptr inbounds [4 x %struct.S0], ptr %1425, i64 0, i64 %1427
  %1429 = getelementptr inbounds %struct.S0, ptr %1428, i32 0, i32 1
  %1430 = load volatile i8, ptr %1429, align 4
  %1431 = zext i8 %1430 to i32
  %1432 = zext i32 %1431 to i64
  %1433 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1432, ptr noundef @.str.181, i32 noundef %1433) #8
  %1434 = load i32, ptr %9, align 4, !tbaa !5
  %1435 = icmp ne i32 %1434, 0
  br i1 %1435, label %1436, label %1440

1436:                                             ; preds = %1363
  %1437 = load i32, ptr %6, align 4, !tbaa !5
  %1438 = load i32, ptr %7, align 4, !tbaa !5
  %1439 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %1437, i32 noundef %1438) #8
  br label %1440

1440:                                             ; preds = %1436, %1363
  br label %1441

1441:                                             ; preds = %1440
  %1442 = load i32, ptr %7, align 4, !tbaa !5
  %1443 = add nsw i32 %1442, 1
  store i32 %1443, ptr %7, align 4, !tbaa !5
  br label %1360, !llvm.loop !47

1444:                                             ; preds = %1360
  br label %1445

1445:                                             ; preds = %1444
  %1446 = load i32, ptr %6, align 4, !tbaa !5
  %1447 = add nsw i32 %1446, 1
  store i32 %1447, ptr %6, align 4, !tbaa !5
  br label %1356, !llvm.loop !48

1448:                                             ; preds = %1356
  %1449 = load volatile i64, ptr @g_3060, align 4
  %1450 = and i64 %1449, 32767
  %1451 = trunc i64 %1450 to i32
  %1452 = zext i32 %1451 to i64
  %1453 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1452, ptr noundef @.str.182, i32 noundef %1453) #8
  %1454 = load volatile i64, ptr @g_3060, align 4
  %1455 = shl i64 %1454, 41
  %1456 = ashr i64 %1455, 56
  %1457 = trunc i64 %1456 to i32
  %1458 = sext i32 %1457 to i64
  %1459 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1458, ptr noundef @.str.183, i32 noundef %1459) #8
  %1460 = load volatile i64, ptr @g_3060, align 4
  %1461 = shl i64 %1460, 22
  %1462 = ashr i64 %1461, 54
  %1463 = trunc i64 %1462 to i32
  %1464 = sext i32 %1463 to i64
  %1465 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1464, ptr noundef @.str.184, i32 noundef %1465) #8
  %1466 = load volatile i64, ptr @g_3060, align 4
  %1467 = lshr i64 %1466, 42
  %1468 = and i64 %1467, 16383
  %1469 = trunc i64 %1468 to i32
  %1470 = zext i32 %1469 to i64
  %1471 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1470, ptr noundef @.str.185, i32 noundef %1471) #8
  %1472 = load volatile i64, ptr @g_3060, align 4
  %1473 = lshr i64 %1472, 56
  %1474 = and i64 %1473, 31
  %1475 = trunc i64 %1474 to i32
  %1476 = zext i32 %1475 to i64
  %1477 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1476, ptr noundef @.str.186, i32 noundef %1477) #8
  %1478 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_3060, i32 0, i32 1), align 4
  %1479 = zext i8 %1478 to i32
  %1480 = zext i32 %1479 to i64
  %1481 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1480, ptr noundef @.str.187, i32 noundef %1481) #8
  %1482 = load volatile i64, ptr @g_3110, align 4
  %1483 = and i64 %1482, 32767
  %1484 = trunc i64 %1483 to i32
  %1485 = zext i32 %1484 to i64
  %1486 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1485, ptr noundef @.str.188, i32 noundef %1486) #8
  %1487 = load i64, ptr @g_3110, align 4
  %1488 = shl i64 %1487, 41
  %1489 = ashr i64 %1488, 56
  %1490 = trunc i64 %1489 to i32
  %1491 = sext i32 %1490 to i64
  %1492 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1491, ptr noundef @.str.189, i32 noundef %1492) #8
  %1493 = load i64, ptr @g_3110, align 4
  %1494 = shl i64 %1493, 22
  %1495 = ashr i64 %1494, 54
  %1496 = trunc i64 %1495 to i32
  %1497 = sext i32 %1496 to i64
  %1498 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1497, ptr noundef @.str.190, i32 noundef %1498) #8
  %1499 = load volatile i64, ptr @g_3110, align 4
  %1500 = lshr i64 %1499, 42
  %1501 = and i64 %1500, 16383
  %1502 = trunc i64 %1501 to i32
  %1503 = zext i32 %1502 to i64
  %1504 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1503, ptr noundef @.str.191, i32 noundef %1504) #8
  %1505 = load i64, ptr @g_3110, align 4
  %1506 = lshr i64 %1505, 56
  %1507 = and i64 %1506, 31
  %1508 = trunc i64 %1507 to i32
  %1509 = zext i32 %1508 to i64
  %1510 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1509, ptr noundef @.str.192, i32 noundef %1510) #8
  %1511 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_3110, i32 0, i32 1), align 4
  %1512 = zext i8 %1511 to i32
  %1513 = zext i32 %1512 to i64
  %1514 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1513, ptr noundef @.str.193, i32 noundef %1514) #8
  %1515 = load volatile i64, ptr @g_3182, align 4
  %1516 = and i64 %1515, 32767
  %1517 = trunc i64 %1516 to i32
  %1518 = zext i32 %1517 to i64
  %1519 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1518, ptr noundef @.str.194, i32 noundef %1519) #8
  %1520 = load volatile i64, ptr @g_3182, align 4
  %1521 = shl i64 %1520, 41
  %1522 = ashr i64 %1521, 56
  %1523 = trunc i64 %1522 to i32
  %1524 = sext i32 %1523 to i64
  %1525 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1524, ptr noundef @.str.195, i32 noundef %1525) #8
  %1526 = load volatile i64, ptr @g_3182, align 4
  %1527 = shl i64 %1526, 22
  %1528 = ashr i64 %1527, 54
  %1529 = trunc i64 %1528 to i32
  %1530 = sext i32 %1529 to i64
  %1531 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1530, ptr noundef @.str.196, i32 noundef %1531) #8
  %1532 = load volatile i64, ptr @g_3182, align 4
  %1533 = lshr i64 %1532, 42
  %1534 = and i64 %1533, 16383
  %1535 = trunc i64 %1534 to i32
  %1536 = zext i32 %1535 to i64
  %1537 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1536, ptr noundef @.str.197, i32 noundef %1537) #8
  %1538 = load volatile i64, ptr @g_3182, align 4
  %1539 = lshr i64 %1538, 56
  %1540 = and i64 %1539, 31
  %1541 = trunc i64 %1540 to i32
  %1542 = zext i32 %1541 to i64
  %1543 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1542, ptr noundef @.str.198, i32 noundef %1543) #8
  %1544 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_3182, i32 0, i32 1), align 4
  %1545 = zext i8 %1544 to i32
  %1546 = zext i32 %1545 to i64
  %1547 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1546, ptr noundef @.str.199, i32 noundef %1547) #8
  %1548 = load i8, ptr @g_3198, align 1, !tbaa !18
  %1549 = sext i8 %1548 to i64
  %1550 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1549, ptr noundef @.str.200, i32 noundef %1550) #8
  %1551 = load i64, ptr @g_3269, align 8, !tbaa !13
  %1552 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1551, ptr noundef @.str.201, i32 noundef %1552) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1553

1553:                                             ; preds = %1615, %1448
  %1554 = load i32, ptr %6, align 4, !tbaa !5
  %1555 = icmp slt i32 %1554, 7
  br i1 %1555, label %1556, label %1618

1556:                                             ; preds = %1553
  %1557 = load i32, ptr %6, align 4, !tbaa !5
  %1558 = sext i32 %1557 to i64
  %1559 = getelementptr inbounds [7 x %struct.S0], ptr @g_3278, i64 0, i64 %1558
  %1560 = load volatile i64, ptr %1559, align 4
  %1561 = and i64 %1560, 32767
  %1562 = trunc i64 %1561 to i32
  %1563 = zext i32 %1562 to i64
  %1564 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1563, ptr noundef @.str.202, i32 noundef %1564) #8
  %1565 = load i32, ptr %6, align 4, !tbaa !5
  %1566 = sext i32 %1565 to i64
  %1567 = getelementptr inbounds [7 x %struct.S0], ptr @g_3278, i64 0, i64 %1566
  %1568 = load i64, ptr %1567, align 4
  %1569 = shl i64 %1568, 41
  %1570 = ashr i64 %1569, 56
  %1571 = trunc i64 %1570 to i32
  %1572 = sext i32 %1571 to i64
  %1573 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1572, ptr noundef @.str.203, i32 noundef %1573) #8
  %1574 = load i32, ptr %6, align 4, !tbaa !5
  %1575 = sext i32 %1574 to i64
  %1576 = getelementptr inbounds [7 x %struct.S0], ptr @g_3278, i64 0, i64 %1575
  %1577 = load i64, ptr %1576, align 4
  %1578 = shl i64 %1577, 22
  %1579 = ashr i64 %1578, 54
  %1580 = trunc i64 %1579 to i32
  %1581 = sext i32 %1580 to i64
  %1582 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1581, ptr noundef @.str.204, i32 noundef %1582) #8
  %1583 = load i32, ptr %6, align 4, !tbaa !5
  %1584 = sext i32 %1583 to i64
  %1585 = getelementptr inbounds [7 x %struct.S0], ptr @g_3278, i64 0, i64 %1584
  %1586 = load volatile i64, ptr %1585, align 4
  %1587 = lshr i64 %1586, 42
  %1588 = and i64 %1587, 16383
  %1589 = trunc i64 %1588 to i32
  %1590 = zext i32 %1589 to i64
  %1591 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1590, ptr noundef @.str.205, i32 noundef %1591) #8
  %1592 = load i32, ptr %6, align 4, !tbaa !5
  %1593 = sext i32 %1592 to i64
  %1594 = getelementptr inbounds [7 x %struct.S0], ptr @g_3278, i64 0, i64 %1593
  %1595 = load i64, ptr %1594, align 4
  %1596 = lshr i64 %1595, 56
  %1597 = and i64 %1596, 31
  %1598 = trunc i64 %1597 to i32
  %1599 = zext i32 %1598 to i64
  %1600 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1599, ptr noundef @.str.206, i32 noundef %1600) #8
  %1601 = load i32, ptr %6, align 4, !tbaa !5
  %1602 = sext i32 %1601 to i64
  %1603 = getelementptr inbounds [7 x %struct.S0], ptr @g_3278, i64 0, i64 %1602
  %1604 = getelementptr inbounds %struct.S0, ptr %1603, i32 0, i32 1
  %1605 = load volatile i8, ptr %1604, align 4
  %1606 = zext i8 %1605 to i32
  %1607 = zext i32 %1606 to i64
  %1608 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1607, ptr noundef @.str.207, i32 noundef %1608) #8
  %1609 = load i32, ptr %9, align 4, !tbaa !5
  %1610 = icmp ne i32 %1609, 0
  br i1 %1610, label %1611, label %1614

1611:                                             ; preds = %1556
  %1612 = load i32, ptr %6, align 4, !tbaa !5
  %1613 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %1612) #8
  br label %1614

1614:                                             ; preds = %1611, %1556
  br label %1615

1615:                                             ; preds = %1614
  %1616 = load i32, ptr %6, align 4, !tbaa !5
  %1617 = add nsw i32 %1616, 1
  store i32 %1617, ptr %6, align 4, !tbaa !5
  br label %1553, !llvm.loop !49

1618:                                             ; preds = %1553
  %1619 = load volatile i64, ptr @g_3359, align 4
  %1620 = and i64 %1619, 32767
  %1621 = trunc i64 %1620 to i32
  %1622 = zext i32 %1621 to i64
  %1623 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1622, ptr noundef @.str.208, i32 noundef %1623) #8
  %1624 = load volatile i64, ptr @g_3359, align 4
  %1625 = shl i64 %1624, 41
  %1626 = ashr i64 %1625, 56
  %1627 = trunc i64 %1626 to i32
  %1628 = sext i32 %1627 to i64
  %1629 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1628, ptr noundef @.str.209, i32 noundef %1629) #8
  %1630 = load volatile i64, ptr @g_3359, align 4
  %1631 = shl i64 %1630, 22
  %1632 = ashr i64 %1631, 54
  %1633 = trunc i64 %1632 to i32
  %1634 = sext i32 %1633 to i64
  %1635 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1634, ptr noundef @.str.210, i32 noundef %1635) #8
  %1636 = load volatile i64, ptr @g_3359, align 4
  %1637 = lshr i64 %1636, 42
  %1638 = and i64 %1637, 16383
  %1639 = trunc i64 %1638 to i32
  %1640 = zext i32 %1639 to i64
  %1641 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1640, ptr noundef @.str.211, i32 noundef %1641) #8
  %1642 = load volatile i64, ptr @g_3359, align 4
  %1643 = lshr i64 %1642, 56
  %1644 = and i64 %1643, 31
  %1645 = trunc i64 %1644 to i32
  %1646 = zext i32 %1645 to i64
  %1647 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1646, ptr noundef @.str.212, i32 noundef %1647) #8
  %1648 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_3359, i32 0, i32 1), align 4
  %1649 = zext i8 %1648 to i32
  %1650 = zext i32 %1649 to i64
  %1651 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1650, ptr noundef @.str.213, i32 noundef %1651) #8
  %1652 = load i8, ptr @g_3380, align 1, !tbaa !18
  %1653 = sext i8 %1652 to i64
  %1654 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1653, ptr noundef @.str.214, i32 noundef %1654) #8
  %1655 = load volatile i64, ptr @g_3400, align 4
  %1656 = and i64 %1655, 32767
  %1657 = trunc i64 %1656 to i32
  %1658 = zext i32 %1657 to i64
  %1659 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1658, ptr noundef @.str.215, i32 noundef %1659) #8
  %1660 = load i64, ptr @g_3400, align 4
  %1661 = shl i64 %1660, 41
  %1662 = ashr i64 %1661, 56
  %1663 = trunc i64 %1662 to i32
  %1664 = sext i32 %1663 to i64
  %1665 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1664, ptr noundef @.str.216, i32 noundef %1665) #8
  %1666 = load i64, ptr @g_3400, align 4
  %1667 = shl i64 %1666, 22
  %1668 = ashr i64 %1667, 54
  %1669 = trunc i64 %1668 to i32
  %1670 = sext i32 %1669 to i64
  %1671 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1670, ptr noundef @.str.217, i32 noundef %1671) #8
  %1672 = load volatile i64, ptr @g_3400, align 4
  %1673 = lshr i64 %1672, 42
  %1674 = and i64 %1673, 16383
  %1675 = trunc i64 %1674 to i32
  %1676 = zext i32 %1675 to i64
  %1677 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1676, ptr noundef @.str.218, i32 noundef %1677) #8
  %1678 = load i64, ptr @g_3400, align 4
  %1679 = lshr i64 %1678, 56
  %1680 = and i64 %1679, 31
  %1681 = trunc i64 %1680 to i32
  %1682 = zext i32 %1681 to i64
  %1683 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1682, ptr noundef @.str.219, i32 noundef %1683) #8
  %1684 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_3400, i32 0, i32 1), align 4
  %1685 = zext i8 %1684 to i32
  %1686 = zext i32 %1685 to i64
  %1687 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1686, ptr noundef @.str.220, i32 noundef %1687) #8
  %1688 = load i8, ptr @g_3669, align 1, !tbaa !18
  %1689 = zext i8 %1688 to i64
  %1690 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1689, ptr noundef @.str.221, i32 noundef %1690) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1691

1691:                                             ; preds = %1753, %1618
  %1692 = load i32, ptr %6, align 4, !tbaa !5
  %1693 = icmp slt i32 %1692, 1
  br i1 %1693, label %1694, label %1756

1694:                                             ; preds = %1691
  %1695 = load i32, ptr %6, align 4, !tbaa !5
  %1696 = sext i32 %1695 to i64
  %1697 = getelementptr inbounds [1 x %struct.S0], ptr @g_3750, i64 0, i64 %1696
  %1698 = load volatile i64, ptr %1697, align 4
  %1699 = and i64 %1698, 32767
  %1700 = trunc i64 %1699 to i32
  %1701 = zext i32 %1700 to i64
  %1702 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1701, ptr noundef @.str.222, i32 noundef %1702) #8
  %1703 = load i32, ptr %6, align 4, !tbaa !5
  %1704 = sext i32 %1703 to i64
  %1705 = getelementptr inbounds [1 x %struct.S0], ptr @g_3750, i64 0, i64 %1704
  %1706 = load i64, ptr %1705, align 4
  %1707 = shl i64 %1706, 41
  %1708 = ashr i64 %1707, 56
  %1709 = trunc i64 %1708 to i32
  %1710 = sext i32 %1709 to i64
  %1711 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1710, ptr noundef @.str.223, i32 noundef %1711) #8
  %1712 = load i32, ptr %6, align 4, !tbaa !5
  %1713 = sext i32 %1712 to i64
  %1714 = getelementptr inbounds [1 x %struct.S0], ptr @g_3750, i64 0, i64 %1713
  %1715 = load i64, ptr %1714, align 4
  %1716 = shl i64 %1715, 22
  %1717 = ashr i64 %1716, 54
  %1718 = trunc i64 %1717 to i32
  %1719 = sext i32 %1718 to i64
  %1720 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1719, ptr noundef @.str.224, i32 noundef %1720) #8
  %1721 = load i32, ptr %6, align 4, !tbaa !5
  %1722 = sext i32 %1721 to i64
  %1723 = getelementptr inbounds [1 x %struct.S0], ptr @g_3750, i64 0, i64 %1722
  %1724 = load volatile i64, ptr %1723, align 4
  %1725 = lshr i64 %1724, 42
  %1726 = and i64 %1725, 16383
  %1727 = trunc i64 %1726 to i32
  %1728 = zext i32 %1727 to i64
  %1729 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1728, ptr noundef @.str.225, i32 noundef %1729) #8
  %1730 = load i32, ptr %6, align 4, !tbaa !5
  %1731 = sext i32 %1730 to i64
  %1732 = getelementptr inbounds [1 x %struct.S0], ptr @g_3750, i64 0, i64 %1731
  %1733 = load i64, ptr %1732, align 4
  %1734 = lshr i64 %1733, 56
  %1735 = and i64 %1734, 31
  %1736 = trunc i64 %1735 to i32
  %1737 = zext i32 %1736 to i64
  %1738 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1737, ptr noundef @.str.226, i32 noundef %1738) #8
  %1739 = load i32, ptr %6, align 4, !tbaa !5
  %1740 = sext i32 %1739 to i64
  %1741 = getelementptr inbounds [1 x %struct.S0], ptr @g_3750, i64 0, i64 %1740
  %1742 = getelementptr inbounds %struct.S0, ptr %1741, i32 0, i32 1
  %1743 = load volatile i8, ptr %1742, align 4
  %1744 = zext i8 %1743 to i32
  %1745 = zext i32 %1744 to i64
  %1746 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1745, ptr noundef @.str.227, i32 noundef %1746) #8
  %1747 = load i32, ptr %9, align 4, !tbaa !5
  %1748 = icmp ne i32 %1747, 0
  br i1 %1748, label %1749, label %1752

1749:                                             ; preds = %1694
  %1750 = load i32, ptr %6, align 4, !tbaa !5
  %1751 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %1750) #8
  br label %1752

1752:                                             ; preds = %1749, %1694
  br label %1753

1753:                                             ; preds = %1752
  %1754 = load i32, ptr %6, align 4, !tbaa !5
  %1755 = add nsw i32 %1754, 1
  store i32 %1755, ptr %6, align 4, !tbaa !5
  br label %1691, !llvm.loop !50

1756:                                             ; preds = %1691
  %1757 = load volatile i64, ptr @g_3752, align 4
  %1758 = and i64 %1757, 32767
  %1759 = trunc i64 %1758 to i32
  %1760 = zext i32 %1759 to i64
  %1761 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1760, ptr noundef @.str.228, i32 noundef %1761) #8
  %1762 = load i64, ptr @g_3752, align 4
  %1763 = shl i64 %1762, 41
  %1764 = ashr i64 %1763, 56
  %1765 = trunc i64 %1764 to i32
  %1766 = sext i32 %1765 to i64
  %1767 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1766, ptr noundef @.str.229, i32 noundef %1767) #8
  %1768 = load i64, ptr @g_3752, align 4
  %1769 = shl i64 %1768, 22
  %1770 = ashr i64 %1769, 54
  %1771 = trunc i64 %1770 to i32
  %1772 = sext i32 %1771 to i64
  %1773 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1772, ptr noundef @.str.230, i32 noundef %1773) #8
  %1774 = load volatile i64, ptr @g_3752, align 4
  %1775 = lshr i64 %1774, 42
  %1776 = and i64 %1775, 16383
  %1777 = trunc i64 %1776 to i32
  %1778 = zext i32 %1777 to i64
  %1779 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1778, ptr noundef @.str.231, i32 noundef %1779) #8
  %1780 = load i64, ptr @g_3752, align 4
  %1781 = lshr i64 %1780, 56
  %1782 = and i64 %1781, 31
  %1783 = trunc i64 %1782 to i32
  %1784 = zext i32 %1783 to i64
  %1785 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1784, ptr noundef @.str.232, i32 noundef %1785) #8
  %1786 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_3752, i32 0, i32 1), align 4
  %1787 = zext i8 %1786 to i32
  %1788 = zext i32 %1787 to i64
  %1789 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1788, ptr noundef @.str.233, i32 noundef %1789) #8
  %1790 = load volatile i8, ptr @g_3799, align 1, !tbaa !18
  %1791 = zext i8 %1790 to i64
  %1792 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1791, ptr noundef @.str.234, i32 noundef %1792) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1793

1793:                                             ; preds = %1855, %1756
  %1794 = load i32, ptr %6, align 4, !tbaa !5
  %1795 = icmp slt i32 %1794, 1
  br i1 %1795, label %1796, label %1858

1796:                                             ; preds = %1793
  %1797 = load i32, ptr %6, align 4, !tbaa !5
  %1798 = sext i32 %1797 to i64
  %1799 = getelementptr inbounds [1 x %struct.S0], ptr @g_3870, i64 0, i64 %1798
  %1800 = load volatile i64, ptr %1799, align 4
  %1801 = and i64 %1800, 32767
  %1802 = trunc i64 %1801 to i32
  %1803 = zext i32 %1802 to i64
  %1804 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1803, ptr noundef @.str.235, i32 noundef %1804) #8
  %1805 = load i32, ptr %6, align 4, !tbaa !5
  %1806 = sext i32 %1805 to i64
  %1807 = getelementptr inbounds [1 x %struct.S0], ptr @g_3870, i64 0, i64 %1806
  %1808 = load i64, ptr %1807, align 4
  %1809 = shl i64 %1808, 41
  %1810 = ashr i64 %1809, 56
  %1811 = trunc i64 %1810 to i32
  %1812 = sext i32 %1811 to i64
  %1813 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1812, ptr noundef @.str.236, i32 noundef %1813) #8
  %1814 = load i32, ptr %6, align 4, !tbaa !5
  %1815 = sext i32 %1814 to i64
  %1816 = getelementptr inbounds [1 x %struct.S0], ptr @g_3870, i64 0, i64 %1815
  %1817 = load i64, ptr %1816, align 4
  %1818 = shl i64 %1817, 22
  %1819 = ashr i64 %1818, 54
  %1820 = trunc i64 %1819 to i32
  %1821 = sext i32 %1820 to i64
  %1822 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1821, ptr noundef @.str.237, i32 noundef %1822) #8
  %1823 = load i32, ptr %6, align 4, !tbaa !5
  %1824 = sext i32 %1823 to i64
  %1825 = getelementptr inbounds [1 x %struct.S0], ptr @g_3870, i64 0, i64 %1824
  %1826 = load volatile i64, ptr %1825, align 4
  %1827 = lshr i64 %1826, 42
  %1828 = and i64 %1827, 16383
  %1829 = trunc i64 %1828 to i32
  %1830 = zext i32 %1829 to i64
  %1831 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1830, ptr noundef @.str.238, i32 noundef %1831) #8
  %1832 = load i32, ptr %6, align 4, !tbaa !5
  %1833 = sext i32 %1832 to i64
  %1834 = getelementptr inbounds [1 x %struct.S0], ptr @g_3870, i64 0, i64 %1833
  %1835 = load i64, ptr %1834, align 4
  %1836 = lshr i64 %1835, 56
  %1837 = and i64 %1836, 31
  %1838 = trunc i64 %1837 to i32
  %1839 = zext i32 %1838 to i64
  %1840 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1839, ptr noundef @.str.239, i32 noundef %1840) #8
  %1841 = load i32, ptr %6, align 4, !tbaa !5
  %1842 = sext i32 %1841 to i64
  %1843 = getelementptr inbounds [1 x %struct.S0], ptr @g_3870, i64 0, i64 %1842
  %1844 = getelementptr inbounds %struct.S0, ptr %1843, i32 0, i32 1
  %1845 = load volatile i8, ptr %1844, align 4
  %1846 = zext i8 %1845 to i32
  %1847 = zext i32 %1846 to i64
  %1848 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1847, ptr noundef @.str.240, i32 noundef %1848) #8
  %1849 = load i32, ptr %9, align 4, !tbaa !5
  %1850 = icmp ne i32 %1849, 0
  br i1 %1850, label %1851, label %1854

1851:                                             ; preds = %1796
  %1852 = load i32, ptr %6, align 4, !tbaa !5
  %1853 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %1852) #8
  br label %1854

1854:                                             ; preds = %1851, %1796
  br label %1855

1855:                                             ; preds = %1854
  %1856 = load i32, ptr %6, align 4, !tbaa !5
  %1857 = add nsw i32 %1856, 1
  store i32 %1857, ptr %6, align 4, !tbaa !5
  br label %1793, !llvm.loop !51

1858:                                             ; preds = %1793
  %1859 = load i16, ptr @g_3875, align 2, !tbaa !11
  %1860 = sext i16 %1859 to i64
  %1861 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1860, ptr noundef @.str.241, i32 noundef %1861) #8
  %1862 = load volatile i64, ptr @g_3927, align 4
  %1863 = and i64 %1862, 32767
  %1864 = trunc i64 %1863 to i32
  %1865 = zext i32 %1864 to i64
  %1866 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1865, ptr noundef @.str.242, i32 noundef %1866) #8
  %1867 = load i64, ptr @g_3927, align 4
  %1868 = shl i64 %1867, 41
  %1869 = ashr i64 %1868, 56
  %1870 = trunc i64 %1869 to i32
  %1871 = sext i32 %1870 to i64
  %1872 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1871, ptr noundef @.str.243, i32 noundef %1872) #8
  %1873 = load i64, ptr @g_3927, align 4
  %1874 = shl i64 %1873, 22
  %1875 = ashr i64 %1874, 54
  %1876 = trunc i64 %1875 to i32
  %1877 = sext i32 %1876 to i64
  %1878 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1877, ptr noundef @.str.244, i32 noundef %1878) #8
  %1879 = load volatile i64, ptr @g_3927, align 4
  %1880 = lshr i64 %1879, 42
  %1881 = and i64 %1880, 16383
  %1882 = trunc i64 %1881 to i32
  %1883 = zext i32 %1882 to i64
  %1884 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1883, ptr noundef @.str.245, i32 noundef %1884) #8
  %1885 = load i64, ptr @g_3927, align 4
  %1886 = lshr i64 %1885, 56
  %1887 = and i64 %1886, 31
  %1888 = trunc i64 %1887 to i32
  %1889 = zext i32 %1888 to i64
  %1890 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1889, ptr noundef @.str.246, i32 noundef %1890) #8
  %1891 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_3927, i32 0, i32 1), align 4
  %1892 = zext i8 %1891 to i32
  %1893 = zext i32 %1892 to i64
  %1894 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1893, ptr noundef @.str.247, i32 noundef %1894) #8
  %1895 = load volatile i64, ptr @g_3954, align 4
  %1896 = and i64 %1895, 32767
  %1897 = trunc i64 %1896 to i32
  %1898 = zext i32 %1897 to i64
  %1899 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1898, ptr noundef @.str.248, i32 noundef %1899) #8
  %1900 = load i64, ptr @g_3954, align 4
  %1901 = shl i64 %1900, 41
  %1902 = ashr i64 %1901, 56
  %1903 = trunc i64 %1902 to i32
  %1904 = sext i32 %1903 to i64
  %1905 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1904, ptr noundef @.str.249, i32 noundef %1905) #8
  %1906 = load i64, ptr @g_3954, align 4
  %1907 = shl i64 %1906, 22
  %1908 = ashr i64 %1907, 54
  %1909 = trunc i64 %1908 to i32
  %1910 = sext i32 %1909 to i64
  %1911 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1910, ptr noundef @.str.250, i32 noundef %1911) #8
  %1912 = load volatile i64, ptr @g_3954, align 4
  %1913 = lshr i64 %1912, 42
  %1914 = and i64 %1913, 16383
  %1915 = trunc i64 %1914 to i32
  %1916 = zext i32 %1915 to i64
  %1917 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1916, ptr noundef @.str.251, i32 noundef %1917) #8
  %1918 = load i64, ptr @g_3954, align 4
  %1919 = lshr i64 %1918, 56
  %1920 = and i64 %1919, 31
  %1921 = trunc i64 %1920 to i32
  %1922 = zext i32 %1921 to i64
  %1923 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1922, ptr noundef @.str.252, i32 noundef %1923) #8
  %1924 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_3954, i32 0, i32 1), align 4
  %1925 = zext i8 %1924 to i32
  %1926 = zext i32 %1925 to i64
  %1927 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1926, ptr noundef @.str.253, i32 noundef %1927) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1928

1928:                                             ; preds = %1968, %1858
  %1929 = load i32, ptr %6, align 4, !tbaa !5
  %1930 = icmp slt i32 %1929, 3
  br i1 %1930, label %1931, label %1971

1931:                                             ; preds = %1928
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %1932

1932:                                             ; preds = %1964, %1931
  %1933 = load i32, ptr %7, align 4, !tbaa !5
  %1934 = icmp slt i32 %1933, 4
  br i1 %1934, label %1935, label %1967

1935:                                             ; preds = %1932
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %1936

1936:                                             ; preds = %1960, %1935
  %1937 = load i32, ptr %8, align 4, !tbaa !5
  %1938 = icmp slt i32 %1937, 3
  br i1 %1938, label %1939, label %1963

1939:                                             ; preds = %1936
  %1940 = load i32, ptr %6, align 4, !tbaa !5
  %1941 = sext i32 %1940 to i64
  %1942 = getelementptr inbounds [3 x [4 x [3 x i8]]], ptr @g_3999, i64 0, i64 %1941
  %1943 = load i32, ptr %7, align 4, !tbaa !5
  %1944 = sext i32 %1943 to i64
  %1945 = getelementptr inbounds [4 x [3 x i8]], ptr %1942, i64 0, i64 %1944
  %1946 = load i32, ptr %8, align 4, !tbaa !5
  %1947 = sext i32 %1946 to i64
  %1948 = getelementptr inbounds [3 x i8], ptr %1945, i64 0, i64 %1947
  %1949 = load volatile i8, ptr %1948, align 1, !tbaa !18
  %1950 = zext i8 %1949 to i64
  %1951 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1950, ptr noundef @.str.254, i32 noundef %1951) #8
  %1952 = load i32, ptr %9, align 4, !tbaa !5
  %1953 = icmp ne i32 %1952, 0
  br i1 %1953, label %1954, label %1959

1954:                                             ; preds = %1939
  %1955 = load i32, ptr %6, align 4, !tbaa !5
  %1956 = load i32, ptr %7, align 4, !tbaa !5
  %1957 = load i32, ptr %8, align 4, !tbaa !5
  %1958 = call i32 (ptr, ...) @printf(ptr noundef @.str.29, i32 noundef %1955, i32 noundef %1956, i32 noundef %1957) #8
  br label %1959

1959:                                             ; preds = %1954, %1939
  br label %1960

1960:                                             ; preds = %1959
  %1961 = load i32, ptr %8, align 4, !tbaa !5
  %1962 = add nsw i32 %1961, 1
  store i32 %1962, ptr %8, align 4, !tbaa !5
  br label %1936, !llvm.loop !52

1963:                                             ; preds = %1936
  br label %1964

1964:                                             ; preds = %1963
  %1965 = load i32, ptr %7, align 4, !tbaa !5
  %1966 = add nsw i32 %1965, 1
  store i32 %1966, ptr %7, align 4, !tbaa !5
  br label %1932, !llvm.loop !53

1967:                                             ; preds = %1932
  br label %1968

1968:                                             ; preds = %1967
  %1969 = load i32, ptr %6, align 4, !tbaa !5
  %1970 = add nsw i32 %1969, 1
  store i32 %1970, ptr %6, align 4, !tbaa !5
  br label %1928, !llvm.loop !54

1971:                                             ; preds = %1928
  %1972 = load volatile i32, ptr @g_4057, align 4, !tbaa !5
  %1973 = zext i32 %1972 to i64
  %1974 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1973, ptr noundef @.str.255, i32 noundef %1974) #8
  %1975 = load volatile i64, ptr @g_4098, align 4
  %1976 = and i64 %1975, 32767
  %1977 = trunc i64 %1976 to i32
  %1978 = zext i32 %1977 to i64
  %1979 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1978, ptr noundef @.str.256, i32 noundef %1979) #8
  %1980 = load volatile i64, ptr @g_4098, align 4
  %1981 = shl i64 %1980, 41
  %1982 = ashr i64 %1981, 56
  %1983 = trunc i64 %1982 to i32
  %1984 = sext i32 %1983 to i64
  %1985 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1984, ptr noundef @.str.257, i32 noundef %1985) #8
  %1986 = load volatile i64, ptr @g_4098, align 4
  %1987 = shl i64 %1986, 22
  %1988 = ashr i64 %1987, 54
  %1989 = trunc i64 %1988 to i32
  %1990 = sext i32 %1989 to i64
  %1991 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1990, ptr noundef @.str.258, i32 noundef %1991) #8
  %1992 = load volatile i64, ptr @g_4098, align 4
  %1993 = lshr i64 %1992, 42
  %1994 = and i64 %1993, 16383
  %1995 = trunc i64 %1994 to i32
  %1996 = zext i32 %1995 to i64
  %1997 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1996, ptr noundef @.str.259, i32 noundef %1997) #8
  %1998 = load volatile i64, ptr @g_4098, align 4
  %1999 = lshr i64 %1998, 56
  %2000 = and i64 %1999, 31
  %2001 = trunc i64 %2000 to i32
  %2002 = zext i32 %2001 to i64
  %2003 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %2002, ptr noundef @.str.260, i32 noundef %2003) #8
  %2004 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_4098, i32 0, i32 1), align 4
  %2005 = zext i8 %2004 to i32
  %2006 = zext i32 %2005 to i64
  %2007 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %2006, ptr noundef @.str.261, i32 noundef %2007) #8
  %2008 = load i32, ptr @crc32_context, align 4, !tbaa !5
  %2009 = zext i32 %2008 to i64
  %2010 = xor i64 %2009, 4294967295
  %2011 = trunc i64 %2010 to i32
  %2012 = load i32, ptr %9, align 4, !tbaa !5
  call void @platform_main_end(i32 noundef %2011, i32 noundef %2012) #8
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #6
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @platform_main_begin() #0 {
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @crc32_gentab() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %1) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #6
  store i32 -306674912, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %33, %0
  %6 = load i32, ptr %3, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 256
  br i1 %7, label %8, label %36

8:                                                ; preds = %5
  %9 = load i32, ptr %3, align 4, !tbaa !5
  store i32 %9, ptr %1, align 4, !tbaa !5
  store i32 8, ptr %4, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %25, %8
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp sgt i32 %11, 0
  br i1 %12, label %13, label %28

13:                                               ; preds = %10
  %14 = load i32, ptr %1, align 4, !tbaa !5
  %15 = and i32 %14, 1
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %17, label %21

17:                                               ; preds = %13
  %18 = load i32, ptr %1, align 4, !tbaa !5
  %19 = lshr i32 %18, 1
  %20 = xor i32 %19, -306674912
  store i32 %20, ptr %1, align 4, !tbaa !5
  br label %24

21:                                               ; preds = %13
  %22 = load i32, ptr %1, align 4, !tbaa !5
  %23 = lshr i32 %22, 1
  store i32 %23, ptr %1, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %21, %17
  br label %25

25:                                               ; preds = %24
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = add nsw i32 %26, -1
  store i32 %27, ptr %4, align 4, !tbaa !5
  br label %10, !llvm.loop !55

28:                                               ; preds = %10
  %29 = load i32, ptr %1, align 4, !tbaa !5
  %30 = load i32, ptr %3, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i64 0, i64 %31
  store i32 %29, ptr %32, align 4, !tbaa !5
  br label %33

33:                                               ; preds = %28
  %34 = load i32, ptr %3, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %3, align 4, !tbaa !5
  br label %5, !llvm.loop !56

36:                                               ; preds = %5
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %1) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @func_1() #0 {
  %1 = alloca i64, align 8
  %2 = alloca ptr, align 8
  %3 = alloca i16, align 2
  %4 = alloca [1 x i16], align 2
  %5 = alloca i8, align 1
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 8, ptr %1) #6
  store i64 4928415723148106381, ptr %1, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 8, ptr %2) #6
  store ptr @g_40, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 2, ptr %3) #6
  store i16 1, ptr %3, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 2, ptr %4) #6
  call void @llvm.lifetime.start.p0(i64 1, ptr %5) #6
  store i8 0, ptr %5, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #6
  store i32 -1504371545, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %15, %0
  %9 = load i32, ptr %7, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 1
  br i1 %10, label %11, label %18

11:                                               ; preds = %8
  %12 = load i32, ptr %7, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [1 x i16], ptr %4, i64 0, i64 %13
  store i16 -8933, ptr %14, align 2, !tbaa !11
  br label %15

15:                                               ; preds = %11
  %16 = load i32, ptr %7, align 4, !tbaa !5
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %7, align 4, !tbaa !5
  br label %8, !llvm.loop !57

18:                                               ; preds = %8
  %19 = load i16, ptr @g_14, align 2, !tbaa !11
  %20 = load i16, ptr @g_14, align 2, !tbaa !11
  %21 = sext i16 %20 to i32
  %22 = load i16, ptr @g_14, align 2, !tbaa !11
  %23 = sext i16 %22 to i64
  %24 = load i64, ptr %1, align 8, !tbaa !13
  %25 = trunc i64 %24 to i32
  %26 = load i16, ptr @g_14, align 2, !tbaa !11
  %27 = load i16, ptr @g_14, align 2, !tbaa !11
  %28 = sext i16 %27 to i64
  %29 = icmp sge i64 60957, %28
  %30 = zext i1 %29 to i32
  %31 = trunc i32 %30 to i16
  %32 = load ptr, ptr %2, align 8, !tbaa !9
  store i16 %31, ptr %32, align 2, !tbaa !11
  %33 = sext i16 %31 to i32
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %35, label %45

35:                                               ; preds = %18
  %36 = call zeroext i8 @func_41(ptr noundef @g_40) #8
  %37 = zext i8 %36 to i32
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %40, label %39

39:                                               ; preds = %35
  br i1 true, label %40, label %43

40:                                               ; preds = %39, %35
  %41 = load i64, ptr @g_254, align 8, !tbaa !13
  %42 = icmp ne i64 %41, 0
  br label %43

43:                                               ; preds = %40, %39
  %44 = phi i1 [ false, %39 ], [ %42, %40 ]
  br label %45

45:                                               ; preds = %43, %18
  %46 = phi i1 [ false, %18 ], [ %44, %43 ]
  %47 = zext i1 %46 to i32
  %48 = load i64, ptr %1, align 8, !tbaa !13
  %49 = call i64 @func_32(i64 noundef %23, i32 noundef %25, i16 noundef signext %26, i32 noundef %47, i64 noundef %48) #8
  %50 = load i64, ptr %1, align 8, !tbaa !13
  %51 = trunc i64 %50 to i32
  %52 = call signext i16 @func_29(i64 noundef %49, i32 noundef %51) #8
  %53 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext 2856, i16 noundef signext %52) #8
  %54 = sext i16 %53 to i64
  %55 = icmp ne i64 %54, 17303
  %56 = zext i1 %55 to i32
  %57 = trunc i32 %56 to i16
  %58 = load i64, ptr %1, align 8, !tbaa !13
  %59 = trunc i64 %58 to i16
  %60 = call signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %57, i16 noundef signext %59) #8
  %61 = load ptr, ptr @g_993, align 8, !tbaa !9
  %62 = load i16, ptr %61, align 2, !tbaa !11
  %63 = zext i16 %62 to i32
  %64 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %60, i32 noundef %63) #8
  %65 = zext i16 %64 to i64
  %66 = load i64, ptr %1, align 8, !tbaa !13
  %67 = icmp eq i64 %65, %66
  br i1 %67, label %68, label %69

68:                                               ; preds = %45
  br label %69

69:                                               ; preds = %68, %45
  %70 = phi i1 [ false, %45 ], [ true, %68 ]
  %71 = zext i1 %70 to i32
  %72 = sext i32 %71 to i64
  %73 = load i64, ptr @g_2738, align 4
  %74 = lshr i64 %73, 56
  %75 = and i64 %74, 31
  %76 = trunc i64 %75 to i32
  %77 = load i64, ptr @g_3752, align 4
  %78 = shl i64 %77, 41
  %79 = ashr i64 %78, 56
  %80 = trunc i64 %79 to i32
  %81 = trunc i32 %80 to i8
  %82 = getelementptr inbounds [1 x i16], ptr %4, i64 0, i64 0
  %83 = load i16, ptr %82, align 2, !tbaa !11
  %84 = zext i16 %83 to i32
  %85 = call i32 @func_17(i64 noundef %72, i32 noundef %76, i8 noundef signext %81, i16 noundef signext 1, i32 noundef %84) #8
  %86 = getelementptr inbounds [1 x i16], ptr %4, i64 0, i64 0
  %87 = load i16, ptr %86, align 2, !tbaa !11
  %88 = zext i16 %87 to i64
  %89 = icmp eq i64 %88, 35089
  %90 = zext i1 %89 to i32
  %91 = sext i32 %90 to i64
  %92 = xor i64 %91, 65527
  %93 = call i32 @safe_mod_func_int32_t_s_s(i32 noundef %21, i32 noundef -1) #8
  %94 = or i32 %93, 0
  %95 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %19, i32 noundef %94) #8
  %96 = trunc i16 %95 to i8
  %97 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %96, i8 noundef zeroext 1) #8
  %98 = zext i8 %97 to i16
  %99 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %98, i32 noundef 1) #8
  %100 = zext i16 %99 to i64
  %101 = load i64, ptr %1, align 8, !tbaa !13
  %102 = icmp ne i64 %100, %101
  %103 = zext i1 %102 to i32
  %104 = trunc i32 %103 to i16
  %105 = call zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %104, i32 noundef 14) #8
  %106 = trunc i16 %105 to i8
  %107 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %106, i8 noundef signext -1) #8
  %108 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %107, i8 noundef zeroext 79) #8
  %109 = zext i8 %108 to i64
  %110 = load i64, ptr %1, align 8, !tbaa !13
  %111 = icmp sle i64 %109, %110
  %112 = zext i1 %111 to i32
  store i32 0, ptr %6, align 4, !tbaa !5
  %113 = load ptr, ptr @g_1683, align 8, !tbaa !9
  %114 = load ptr, ptr %113, align 8, !tbaa !9
  %115 = load ptr, ptr %114, align 8, !tbaa !9
  %116 = load ptr, ptr %115, align 8, !tbaa !9
  %117 = load i32, ptr %116, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %5) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %4) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %3) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %2) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %1) #6
  ret i32 %117
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @transparent_crc(i64 noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store i64 %0, ptr %4, align 8, !tbaa !13
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !5
  %7 = load i64, ptr %4, align 8, !tbaa !13
  call void @crc32_8bytes(i64 noundef %7) #8
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %10, label %16

10:                                               ; preds = %3
  %11 = load ptr, ptr %5, align 8, !tbaa !9
  %12 = load i32, ptr @crc32_context, align 4, !tbaa !5
  %13 = zext i32 %12 to i64
  %14 = xor i64 %13, 4294967295
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.262, ptr noundef %11, i64 noundef %14) #8
  br label %16

16:                                               ; preds = %10, %3
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @platform_main_end(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.296, i32 noundef %5) #8
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i8 %1, ptr %4, align 1, !tbaa !18
  %5 = load i8, ptr %3, align 1, !tbaa !18
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1, !tbaa !18
  %8 = zext i8 %7 to i32
  %9 = mul i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i8 %1, ptr %4, align 1, !tbaa !18
  %5 = load i8, ptr %3, align 1, !tbaa !18
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1, !tbaa !18
  %8 = sext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %16, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %16, label %10

10:                                               ; preds = %7
  %11 = load i16, ptr %3, align 2, !tbaa !11
  %12 = zext i16 %11 to i32
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = ashr i32 65535, %13
  %15 = icmp sgt i32 %12, %14
  br i1 %15, label %16, label %19

16:                                               ; preds = %10, %7, %2
  %17 = load i16, ptr %3, align 2, !tbaa !11
  %18 = zext i16 %17 to i32
  br label %24

19:                                               ; preds = %10
  %20 = load i16, ptr %3, align 2, !tbaa !11
  %21 = zext i16 %20 to i32
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = shl i32 %21, %22
  br label %24

24:                                               ; preds = %19, %16
  %25 = phi i32 [ %18, %16 ], [ %23, %19 ]
  %26 = trunc i32 %25 to i16
  ret i16 %26
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %7, label %10

7:                                                ; preds = %2
  %8 = load i16, ptr %3, align 2, !tbaa !11
  %9 = zext i16 %8 to i32
  br label %15

10:                                               ; preds = %2
  %11 = load i16, ptr %3, align 2, !tbaa !11
  %12 = zext i16 %11 to i32
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = ashr i32 %12, %13
  br label %15

15:                                               ; preds = %10, %7
  %16 = phi i32 [ %9, %7 ], [ %14, %10 ]
  %17 = trunc i32 %16 to i16
  ret i16 %17
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i8 %1, ptr %4, align 1, !tbaa !18
  %5 = load i8, ptr %3, align 1, !tbaa !18
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1, !tbaa !18
  %8 = zext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %10, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %10, label %13

10:                                               ; preds = %7, %2
  %11 = load i16, ptr %3, align 2, !tbaa !11
  %12 = zext i16 %11 to i32
  br label %18

13:                                               ; preds = %7
  %14 = load i16, ptr %3, align 2, !tbaa !11
  %15 = zext i16 %14 to i32
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = ashr i32 %15, %16
  br label %18

18:                                               ; preds = %13, %10
  %19 = phi i32 [ %12, %10 ], [ %17, %13 ]
  %20 = trunc i32 %19 to i16
  ret i16 %20
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @safe_mod_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = icmp eq i32 %8, -2147483648
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp eq i32 %11, -1
  br i1 %12, label %13, label %15

13:                                               ; preds = %10, %2
  %14 = load i32, ptr %3, align 4, !tbaa !5
  br label %19

15:                                               ; preds = %10, %7
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = srem i32 %16, %17
  br label %19

19:                                               ; preds = %15, %13
  %20 = phi i32 [ %14, %13 ], [ %18, %15 ]
  ret i32 %20
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @func_17(i64 noundef %0, i32 noundef %1, i8 noundef signext %2, i16 noundef signext %3, i32 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i8, align 1
  %10 = alloca i16, align 2
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  %15 = alloca [2 x ptr], align 16
  %16 = alloca i32, align 4
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca [2 x [9 x [6 x i16]]], align 16
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  %22 = alloca ptr, align 8
  %23 = alloca ptr, align 8
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca i32, align 4
  %27 = alloca i16, align 2
  %28 = alloca ptr, align 8
  %29 = alloca ptr, align 8
  %30 = alloca ptr, align 8
  %31 = alloca [2 x i16], align 2
  %32 = alloca [4 x [10 x [5 x ptr]]], align 16
  %33 = alloca [1 x [3 x [4 x i32]]], align 16
  %34 = alloca ptr, align 8
  %35 = alloca ptr, align 8
  %36 = alloca ptr, align 8
  %37 = alloca ptr, align 8
  %38 = alloca i32, align 4
  %39 = alloca i32, align 4
  %40 = alloca i32, align 4
  %41 = alloca ptr, align 8
  %42 = alloca ptr, align 8
  %43 = alloca ptr, align 8
  %44 = alloca ptr, align 8
  %45 = alloca ptr, align 8
  %46 = alloca ptr, align 8
  %47 = alloca [4 x [5 x [10 x ptr]]], align 16
  %48 = alloca ptr, align 8
  %49 = alloca ptr, align 8
  %50 = alloca [4 x [7 x [9 x ptr]]], align 16
  %51 = alloca ptr, align 8
  %52 = alloca i32, align 4
  %53 = alloca ptr, align 8
  %54 = alloca i64, align 8
  %55 = alloca i32, align 4
  %56 = alloca [2 x ptr], align 16
  %57 = alloca ptr, align 8
  %58 = alloca [5 x [8 x ptr]], align 16
  %59 = alloca i32, align 4
  %60 = alloca i32, align 4
  %61 = alloca i32, align 4
  %62 = alloca [2 x i8], align 1
  %63 = alloca [5 x i32], align 16
  %64 = alloca i32, align 4
  %65 = alloca ptr, align 8
  %66 = alloca ptr, align 8
  %67 = alloca i32, align 4
  %68 = alloca ptr, align 8
  %69 = alloca ptr, align 8
  %70 = alloca [3 x [7 x [2 x ptr]]], align 16
  %71 = alloca i32, align 4
  %72 = alloca i32, align 4
  %73 = alloca i32, align 4
  %74 = alloca i32, align 4
  %75 = alloca ptr, align 8
  %76 = alloca i32, align 4
  %77 = alloca i32, align 4
  %78 = alloca i32, align 4
  %79 = alloca i64, align 8
  %80 = alloca i32, align 4
  %81 = alloca [2 x [3 x [6 x ptr]]], align 16
  %82 = alloca i8, align 1
  %83 = alloca [6 x [7 x i32]], align 16
  %84 = alloca ptr, align 8
  %85 = alloca ptr, align 8
  %86 = alloca i32, align 4
  %87 = alloca i32, align 4
  %88 = alloca i32, align 4
  %89 = alloca i8, align 1
  %90 = alloca i32, align 4
  %91 = alloca [5 x [9 x [2 x i32]]], align 16
  %92 = alloca ptr, align 8
  %93 = alloca ptr, align 8
  %94 = alloca [10 x ptr], align 16
  %95 = alloca i32, align 4
  %96 = alloca ptr, align 8
  %97 = alloca i32, align 4
  %98 = alloca i32, align 4
  %99 = alloca i32, align 4
  %100 = alloca i32, align 4
  %101 = alloca i8, align 1
  %102 = alloca i32, align 4
  %103 = alloca [3 x i32], align 4
  %104 = alloca i16, align 2
  %105 = alloca ptr, align 8
  %106 = alloca ptr, align 8
  %107 = alloca ptr, align 8
  %108 = alloca i32, align 4
  %109 = alloca i32, align 4
  %110 = alloca i8, align 1
  %111 = alloca [5 x ptr], align 16
  %112 = alloca i32, align 4
  %113 = alloca i32, align 4
  %114 = alloca i32, align 4
  %115 = alloca [1 x [2 x [4 x i32]]], align 16
  %116 = alloca i32, align 4
  %117 = alloca i32, align 4
  %118 = alloca i32, align 4
  %119 = alloca i32, align 4
  %120 = alloca i64, align 8
  %121 = alloca i32, align 4
  %122 = alloca [1 x [1 x ptr]], align 8
  %123 = alloca i32, align 4
  %124 = alloca i32, align 4
  %125 = alloca i32, align 4
  %126 = alloca i64, align 8
  %127 = alloca ptr, align 8
  %128 = alloca ptr, align 8
  %129 = alloca i32, align 4
  %130 = alloca ptr, align 8
  %131 = alloca ptr, align 8
  %132 = alloca i32, align 4
  %133 = alloca i32, align 4
  %134 = alloca %struct.S0, align 4
  %135 = alloca i32, align 4
  %136 = alloca i32, align 4
  %137 = alloca i32, align 4
  %138 = alloca i32, align 4
  %139 = alloca i32, align 4
  %140 = alloca [9 x [3 x [4 x i8]]], align 16
  %141 = alloca ptr, align 8
  %142 = alloca i32, align 4
  %143 = alloca ptr, align 8
  %144 = alloca ptr, align 8
  %145 = alloca ptr, align 8
  %146 = alloca i32, align 4
  %147 = alloca i32, align 4
  %148 = alloca i32, align 4
  %149 = alloca i32, align 4
  store i64 %0, ptr %7, align 8, !tbaa !13
  store i32 %1, ptr %8, align 4, !tbaa !5
  store i8 %2, ptr %9, align 1, !tbaa !18
  store i16 %3, ptr %10, align 2, !tbaa !11
  store i32 %4, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #6
  store i32 1, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %13) #6
  store ptr @g_3927, ptr %13, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %14) #6
  store i32 7, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 16, ptr %15) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %16) #6
  store i32 -1322458884, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %17) #6
  store ptr null, ptr %17, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %18) #6
  store ptr %17, ptr %18, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 216, ptr %19) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %19, ptr align 16 @__const.func_17.l_4029, i64 216, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %20) #6
  store ptr @g_1683, ptr %20, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %21) #6
  store ptr @g_955, ptr %21, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %22) #6
  store ptr %21, ptr %22, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %23) #6
  store ptr @g_233, ptr %23, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %24) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %25) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %26) #6
  store i32 0, ptr %24, align 4, !tbaa !5
  br label %150

150:                                              ; preds = %157, %5
  %151 = load i32, ptr %24, align 4, !tbaa !5
  %152 = icmp slt i32 %151, 2
  br i1 %152, label %153, label %160

153:                                              ; preds = %150
  %154 = load i32, ptr %24, align 4, !tbaa !5
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds [2 x ptr], ptr %15, i64 0, i64 %155
  store ptr getelementptr inbounds ([4 x ptr], ptr getelementptr inbounds ([7 x [4 x ptr]], ptr @g_1164, i64 0, i64 3), i64 0, i64 1), ptr %156, align 8, !tbaa !9
  br label %157

157:                                              ; preds = %153
  %158 = load i32, ptr %24, align 4, !tbaa !5
  %159 = add nsw i32 %158, 1
  store i32 %159, ptr %24, align 4, !tbaa !5
  br label %150, !llvm.loop !58

160:                                              ; preds = %150
  store i64 0, ptr @g_118, align 8, !tbaa !13
  br label %161

161:                                              ; preds = %1723, %160
  %162 = load i64, ptr @g_118, align 8, !tbaa !13
  %163 = icmp ne i64 %162, 49
  br i1 %163, label %164, label %1726

164:                                              ; preds = %161
  call void @llvm.lifetime.start.p0(i64 2, ptr %27) #6
  store i16 0, ptr %27, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %28) #6
  store ptr getelementptr inbounds ([9 x [5 x i8]], ptr @g_2681, i64 0, i64 8), ptr %28, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %29) #6
  store ptr %28, ptr %29, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %30) #6
  store ptr %29, ptr %30, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %31) #6
  call void @llvm.lifetime.start.p0(i64 1600, ptr %32) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %32, ptr align 16 @__const.func_17.l_3909, i64 1600, i1 false)
  call void @llvm.lifetime.start.p0(i64 48, ptr %33) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %33, ptr align 16 @__const.func_17.l_3947, i64 48, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %34) #6
  store ptr getelementptr inbounds ([4 x ptr], ptr getelementptr inbounds ([7 x [4 x ptr]], ptr @g_1164, i64 0, i64 3), i64 0, i64 1), ptr %34, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %35) #6
  store ptr @g_956, ptr %35, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %36) #6
  store ptr %35, ptr %36, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %37) #6
  store ptr %36, ptr %37, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %38) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %39) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %40) #6
  store i32 0, ptr %38, align 4, !tbaa !5
  br label %165

165:                                              ; preds = %172, %164
  %166 = load i32, ptr %38, align 4, !tbaa !5
  %167 = icmp slt i32 %166, 2
  br i1 %167, label %168, label %175

168:                                              ; preds = %165
  %169 = load i32, ptr %38, align 4, !tbaa !5
  %170 = sext i32 %169 to i64
  %171 = getelementptr inbounds [2 x i16], ptr %31, i64 0, i64 %170
  store i16 9, ptr %171, align 2, !tbaa !11
  br label %172

172:                                              ; preds = %168
  %173 = load i32, ptr %38, align 4, !tbaa !5
  %174 = add nsw i32 %173, 1
  store i32 %174, ptr %38, align 4, !tbaa !5
  br label %165, !llvm.loop !59

175:                                              ; preds = %165
  store i32 0, ptr @g_2981, align 4, !tbaa !5
  br label %176

176:                                              ; preds = %1716, %175
  %177 = load i32, ptr @g_2981, align 4, !tbaa !5
  %178 = icmp ule i32 %177, 0
  br i1 %178, label %179, label %1719

179:                                              ; preds = %176
  call void @llvm.lifetime.start.p0(i64 8, ptr %41) #6
  store ptr null, ptr %41, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %42) #6
  store ptr @g_1109, ptr %42, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %43) #6
  store ptr null, ptr %43, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %44) #6
  store ptr %43, ptr %44, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %45) #6
  store ptr %44, ptr %45, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %46) #6
  store ptr %45, ptr %46, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 1600, ptr %47) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %47, ptr align 16 @__const.func_17.l_3865, i64 1600, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %48) #6
  %180 = getelementptr inbounds [4 x [5 x [10 x ptr]]], ptr %47, i64 0, i64 0
  %181 = getelementptr inbounds [5 x [10 x ptr]], ptr %180, i64 0, i64 1
  %182 = getelementptr inbounds [10 x ptr], ptr %181, i64 0, i64 0
  store ptr %182, ptr %48, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %49) #6
  store ptr %48, ptr %49, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 2016, ptr %50) #6
  store ptr %49, ptr %50, align 8, !tbaa !9
  %183 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %49, ptr %183, align 8, !tbaa !9
  %184 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %49, ptr %184, align 8, !tbaa !9
  %185 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr null, ptr %185, align 8, !tbaa !9
  %186 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %49, ptr %186, align 8, !tbaa !9
  %187 = getelementptr inbounds ptr, ptr %50, i64 5
  store ptr %49, ptr %187, align 8, !tbaa !9
  %188 = getelementptr inbounds ptr, ptr %50, i64 6
  store ptr %49, ptr %188, align 8, !tbaa !9
  %189 = getelementptr inbounds ptr, ptr %50, i64 7
  store ptr %49, ptr %189, align 8, !tbaa !9
  %190 = getelementptr inbounds ptr, ptr %50, i64 8
  store ptr %49, ptr %190, align 8, !tbaa !9
  %191 = getelementptr inbounds [9 x ptr], ptr %50, i64 1
  store ptr %49, ptr %191, align 8, !tbaa !9
  %192 = getelementptr inbounds ptr, ptr %191, i64 1
  store ptr null, ptr %192, align 8, !tbaa !9
  %193 = getelementptr inbounds ptr, ptr %191, i64 2
  store ptr %49, ptr %193, align 8, !tbaa !9
  %194 = getelementptr inbounds ptr, ptr %191, i64 3
  store ptr null, ptr %194, align 8, !tbaa !9
  %195 = getelementptr inbounds ptr, ptr %191, i64 4
  store ptr %49, ptr %195, align 8, !tbaa !9
  %196 = getelementptr inbounds ptr, ptr %191, i64 5
  store ptr %49, ptr %196, align 8, !tbaa !9
  %197 = getelementptr inbounds ptr, ptr %191, i64 6
  store ptr %49, ptr %197, align 8, !tbaa !9
  %198 = getelementptr inbounds ptr, ptr %191, i64 7
  store ptr null, ptr %198, align 8, !tbaa !9
  %199 = getelementptr inbounds ptr, ptr %191, i64 8
  store ptr null, ptr %199, align 8, !tbaa !9
  %200 = getelementptr inbounds [9 x ptr], ptr %50, i64 2
  store ptr null, ptr %200, align 8, !tbaa !9
  %201 = getelementptr inbounds ptr, ptr %200, i64 1
  store ptr %49, ptr %201, align 8, !tbaa !9
  %202 = getelementptr inbounds ptr, ptr %200, i64 2
  store ptr %49, ptr %202, align 8, !tbaa !9
  %203 = getelementptr inbounds ptr, ptr %200, i64 3
  store ptr null, ptr %203, align 8, !tbaa !9
  %204 = getelementptr inbounds ptr, ptr %200, i64 4
  store ptr %49, ptr %204, align 8, !tbaa !9
  %205 = getelementptr inbounds ptr, ptr %200, i64 5
  store ptr %49, ptr %205, align 8, !tbaa !9
  %206 = getelementptr inbounds ptr, ptr %200, i64 6
  store ptr null, ptr %206, align 8, !tbaa !9
  %207 = getelementptr inbounds ptr, ptr %200, i64 7
  store ptr %49, ptr %207, align 8, !tbaa !9
  %208 = getelementptr inbounds ptr, ptr %200, i64 8
  store ptr null, ptr %208, align 8, !tbaa !9
  %209 = getelementptr inbounds [9 x ptr], ptr %50, i64 3
  store ptr %49, ptr %209, align 8, !tbaa !9
  %210 = getelementptr inbounds ptr, ptr %209, i64 1
  store ptr null, ptr %210, align 8, !tbaa !9
  %211 = getelementptr inbounds ptr, ptr %209, i64 2
  store ptr null, ptr %211, align 8, !tbaa !9
  %212 = getelementptr inbounds ptr, ptr %209, i64 3
  store ptr %49, ptr %212, align 8, !tbaa !9
  %213 = getelementptr inbounds ptr, ptr %209, i64 4
  store ptr %49, ptr %213, align 8, !tbaa !9
  %214 = getelementptr inbounds ptr, ptr %209, i64 5
  store ptr %49, ptr %214, align 8, !tbaa !9
  %215 = getelementptr inbounds ptr, ptr %209, i64 6
  store ptr null, ptr %215, align 8, !tbaa !9
  %216 = getelementptr inbounds ptr, ptr %209, i64 7
  store ptr null, ptr %216, align 8, !tbaa !9
  %217 = getelementptr inbounds ptr, ptr %209, i64 8
  store ptr %49, ptr %217, align 8, !tbaa !9
  %218 = getelementptr inbounds [9 x ptr], ptr %50, i64 4
  store ptr %49, ptr %218, align 8, !tbaa !9
  %219 = getelementptr inbounds ptr, ptr %218, i64 1
  store ptr %49, ptr %219, align 8, !tbaa !9
  %220 = getelementptr inbounds ptr, ptr %218, i64 2
  store ptr %49, ptr %220, align 8, !tbaa !9
  %221 = getelementptr inbounds ptr, ptr %218, i64 3
  store ptr %49, ptr %221, align 8, !tbaa !9
  %222 = getelementptr inbounds ptr, ptr %218, i64 4
  store ptr %49, ptr %222, align 8, !tbaa !9
  %223 = getelementptr inbounds ptr, ptr %218, i64 5
  store ptr %49, ptr %223, align 8, !tbaa !9
  %224 = getelementptr inbounds ptr, ptr %218, i64 6
  store ptr %49, ptr %224, align 8, !tbaa !9
  %225 = getelementptr inbounds ptr, ptr %218, i64 7
  store ptr %49, ptr %225, align 8, !tbaa !9
  %226 = getelementptr inbounds ptr, ptr %218, i64 8
  store ptr %49, ptr %226, align 8, !tbaa !9
  %227 = getelementptr inbounds [9 x ptr], ptr %50, i64 5
  store ptr %49, ptr %227, align 8, !tbaa !9
  %228 = getelementptr inbounds ptr, ptr %227, i64 1
  store ptr %49, ptr %228, align 8, !tbaa !9
  %229 = getelementptr inbounds ptr, ptr %227, i64 2
  store ptr %49, ptr %229, align 8, !tbaa !9
  %230 = getelementptr inbounds ptr, ptr %227, i64 3
  store ptr %49, ptr %230, align 8, !tbaa !9
  %231 = getelementptr inbounds ptr, ptr %227, i64 4
  store ptr null, ptr %231, align 8, !tbaa !9
  %232 = getelementptr inbounds ptr, ptr %227, i64 5
  store ptr null, ptr %232, align 8, !tbaa !9
  %233 = getelementptr inbounds ptr, ptr %227, i64 6
  store ptr %49, ptr %233, align 8, !tbaa !9
  %234 = getelementptr inbounds ptr, ptr %227, i64 7
  store ptr null, ptr %234, align 8, !tbaa !9
  %235 = getelementptr inbounds ptr, ptr %227, i64 8
  store ptr null, ptr %235, align 8, !tbaa !9
  %236 = getelementptr inbounds [9 x ptr], ptr %50, i64 6
  store ptr %49, ptr %236, align 8, !tbaa !9
  %237 = getelementptr inbounds ptr, ptr %236, i64 1
  store ptr %49, ptr %237, align 8, !tbaa !9
  %238 = getelementptr inbounds ptr, ptr %236, i64 2
  store ptr %49, ptr %238, align 8, !tbaa !9
  %239 = getelementptr inbounds ptr, ptr %236, i64 3
  store ptr %49, ptr %239, align 8, !tbaa !9
  %240 = getelementptr inbounds ptr, ptr %236, i64 4
  store ptr %49, ptr %240, align 8, !tbaa !9
  %241 = getelementptr inbounds ptr, ptr %236, i64 5
  store ptr null, ptr %241, align 8, !tbaa !9
  %242 = getelementptr inbounds ptr, ptr %236, i64 6
  store ptr null, ptr %242, align 8, !tbaa !9
  %243 = getelementptr inbounds ptr, ptr %236, i64 7
  store ptr %49, ptr %243, align 8, !tbaa !9
  %244 = getelementptr inbounds ptr, ptr %236, i64 8
  store ptr null, ptr %244, align 8, !tbaa !9
  %245 = getelementptr inbounds [7 x [9 x ptr]], ptr %50, i64 1
  store ptr %49, ptr %245, align 8, !tbaa !9
  %246 = getelementptr inbounds ptr, ptr %245, i64 1
  store ptr %49, ptr %246, align 8, !tbaa !9
  %247 = getelementptr inbounds ptr, ptr %245, i64 2
  store ptr %49, ptr %247, align 8, !tbaa !9
  %248 = getelementptr inbounds ptr, ptr %245, i64 3
  store ptr %49, ptr %248, align 8, !tbaa !9
  %249 = getelementptr inbounds ptr, ptr %245, i64 4
  store ptr %49, ptr %249, align 8, !tbaa !9
  %250 = getelementptr inbounds ptr, ptr %245, i64 5
  store ptr %49, ptr %250, align 8, !tbaa !9
  %251 = getelementptr inbounds ptr, ptr %245, i64 6
  store ptr %49, ptr %251, align 8, !tbaa !9
  %252 = getelementptr inbounds ptr, ptr %245, i64 7
  store ptr %49, ptr %252, align 8, !tbaa !9
  %253 = getelementptr inbounds ptr, ptr %245, i64 8
  store ptr %49, ptr %253, align 8, !tbaa !9
  %254 = getelementptr inbounds [9 x ptr], ptr %245, i64 1
  store ptr null, ptr %254, align 8, !tbaa !9
  %255 = getelementptr inbounds ptr, ptr %254, i64 1
  store ptr null, ptr %255, align 8, !tbaa !9
  %256 = getelementptr inbounds ptr, ptr %254, i64 2
  store ptr %49, ptr %256, align 8, !tbaa !9
  %257 = getelementptr inbounds ptr, ptr %254, i64 3
  store ptr %49, ptr %257, align 8, !tbaa !9
  %258 = getelementptr inbounds ptr, ptr %254, i64 4
  store ptr %49, ptr %258, align 8, !tbaa !9
  %259 = getelementptr inbounds ptr, ptr %254, i64 5
  store ptr %49, ptr %259, align 8, !tbaa !9
  %260 = getelementptr inbounds ptr, ptr %254, i64 6
  store ptr null, ptr %260, align 8, !tbaa !9
  %261 = getelementptr inbounds ptr, ptr %254, i64 7
  store ptr null, ptr %261, align 8, !tbaa !9
  %262 = getelementptr inbounds ptr, ptr %254, i64 8
  store ptr %49, ptr %262, align 8, !tbaa !9
  %263 = getelementptr inbounds [9 x ptr], ptr %245, i64 2
  store ptr %49, ptr %263, align 8, !tbaa !9
  %264 = getelementptr inbounds ptr, ptr %263, i64 1
  store ptr %49, ptr %264, align 8, !tbaa !9
  %265 = getelementptr inbounds ptr, ptr %263, i64 2
  store ptr null, ptr %265, align 8, !tbaa !9
  %266 = getelementptr inbounds ptr, ptr %263, i64 3
  store ptr %49, ptr %266, align 8, !tbaa !9
  %267 = getelementptr inbounds ptr, ptr %263, i64 4
  store ptr null, ptr %267, align 8, !tbaa !9
  %268 = getelementptr inbounds ptr, ptr %263, i64 5
  store ptr null, ptr %268, align 8, !tbaa !9
  %269 = getelementptr inbounds ptr, ptr %263, i64 6
  store ptr %49, ptr %269, align 8, !tbaa !9
  %270 = getelementptr inbounds ptr, ptr %263, i64 7
  store ptr null, ptr %270, align 8, !tbaa !9
  %271 = getelementptr inbounds ptr, ptr %263, i64 8
  store ptr %49, ptr %271, align 8, !tbaa !9
  %272 = getelementptr inbounds [9 x ptr], ptr %245, i64 3
  store ptr %49, ptr %272, align 8, !tbaa !9
  %273 = getelementptr inbounds ptr, ptr %272, i64 1
  store ptr null, ptr %273, align 8, !tbaa !9
  %274 = getelementptr inbounds ptr, ptr %272, i64 2
  store ptr %49, ptr %274, align 8, !tbaa !9
  %275 = getelementptr inbounds ptr, ptr %272, i64 3
  store ptr %49, ptr %275, align 8, !tbaa !9
  %276 = getelementptr inbounds ptr, ptr %272, i64 4
  store ptr %49, ptr %276, align 8, !tbaa !9
  %277 = getelementptr inbounds ptr, ptr %272, i64 5
  store ptr null, ptr %277, align 8, !tbaa !9
  %278 = getelementptr inbounds ptr, ptr %272, i64 6
  store ptr null, ptr %278, align 8, !tbaa !9
  %279 = getelementptr inbounds ptr, ptr %272, i64 7
  store ptr %49, ptr %279, align 8, !tbaa !9
  %280 = getelementptr inbounds ptr, ptr %272, i64 8
  store ptr %49, ptr %280, align 8, !tbaa !9
  %281 = getelementptr inbounds [9 x ptr], ptr %245, i64 4
  store ptr %49, ptr %281, align 8, !tbaa !9
  %282 = getelementptr inbounds ptr, ptr %281, i64 1
  store ptr %49, ptr %282, align 8, !tbaa !9
  %283 = getelementptr inbounds ptr, ptr %281, i64 2
  store ptr %49, ptr %283, align 8, !tbaa !9
  %284 = getelementptr inbounds ptr, ptr %281, i64 3
  store ptr null, ptr %284, align 8, !tbaa !9
  %285 = getelementptr inbounds ptr, ptr %281, i64 4
  store ptr %49, ptr %285, align 8, !tbaa !9
  %286 = getelementptr inbounds ptr, ptr %281, i64 5
  store ptr %49, ptr %286, align 8, !tbaa !9
  %287 = getelementptr inbounds ptr, ptr %281, i64 6
  store ptr %49, ptr %287, align 8, !tbaa !9
  %288 = getelementptr inbounds ptr, ptr %281, i64 7
  store ptr %49, ptr %288, align 8, !tbaa !9
  %289 = getelementptr inbounds ptr, ptr %281, i64 8
  store ptr %49, ptr %289, align 8, !tbaa !9
  %290 = getelementptr inbounds [9 x ptr], ptr %245, i64 5
  store ptr %49, ptr %290, align 8, !tbaa !9
  %291 = getelementptr inbounds ptr, ptr %290, i64 1
  store ptr null, ptr %291, align 8, !tbaa !9
  %292 = getelementptr inbounds ptr, ptr %290, i64 2
  store ptr %49, ptr %292, align 8, !tbaa !9
  %293 = getelementptr inbounds ptr, ptr %290, i64 3
  store ptr null, ptr %293, align 8, !tbaa !9
  %294 = getelementptr inbounds ptr, ptr %290, i64 4
  store ptr %49, ptr %294, align 8, !tbaa !9
  %295 = getelementptr inbounds ptr, ptr %290, i64 5
  store ptr %49, ptr %295, align 8, !tbaa !9
  %296 = getelementptr inbounds ptr, ptr %290, i64 6
  store ptr %49, ptr %296, align 8, !tbaa !9
  %297 = getelementptr inbounds ptr, ptr %290, i64 7
  store ptr null, ptr %297, align 8, !tbaa !9
  %298 = getelementptr inbounds ptr, ptr %290, i64 8
  store ptr null, ptr %298, align 8, !tbaa !9
  %299 = getelementptr inbounds [9 x ptr], ptr %245, i64 6
  store ptr null, ptr %299, align 8, !tbaa !9
  %300 = getelementptr inbounds ptr, ptr %299, i64 1
  store ptr %49, ptr %300, align 8, !tbaa !9
  %301 = getelementptr inbounds ptr, ptr %299, i64 2
  store ptr %49, ptr %301, align 8, !tbaa !9
  %302 = getelementptr inbounds ptr, ptr %299, i64 3
  store ptr null, ptr %302, align 8, !tbaa !9
  %303 = getelementptr inbounds ptr, ptr %299, i64 4
  store ptr %49, ptr %303, align 8, !tbaa !9
  %304 = getelementptr inbounds ptr, ptr %299, i64 5
  store ptr %49, ptr %304, align 8, !tbaa !9
  %305 = getelementptr inbounds ptr, ptr %299, i64 6
  store ptr null, ptr %305, align 8, !tbaa !9
  %306 = getelementptr inbounds ptr, ptr %299, i64 7
  store ptr %49, ptr %306, align 8, !tbaa !9
  %307 = getelementptr inbounds ptr, ptr %299, i64 8
  store ptr null, ptr %307, align 8, !tbaa !9
  %308 = getelementptr inbounds [7 x [9 x ptr]], ptr %50, i64 2
  store ptr %49, ptr %308, align 8, !tbaa !9
  %309 = getelementptr inbounds ptr, ptr %308, i64 1
  store ptr null, ptr %309, align 8, !tbaa !9
  %310 = getelementptr inbounds ptr, ptr %308, i64 2
  store ptr null, ptr %310, align 8, !tbaa !9
  %311 = getelementptr inbounds ptr, ptr %308, i64 3
  store ptr %49, ptr %311, align 8, !tbaa !9
  %312 = getelementptr inbounds ptr, ptr %308, i64 4
  store ptr %49, ptr %312, align 8, !tbaa !9
  %313 = getelementptr inbounds ptr, ptr %308, i64 5
  store ptr %49, ptr %313, align 8, !tbaa !9
  %314 = getelementptr inbounds ptr, ptr %308, i64 6
  store ptr null, ptr %314, align 8, !tbaa !9
  %315 = getelementptr inbounds ptr, ptr %308, i64 7
  store ptr null, ptr %315, align 8, !tbaa !9
  %316 = getelementptr inbounds ptr, ptr %308, i64 8
  store ptr %49, ptr %316, align 8, !tbaa !9
  %317 = getelementptr inbounds [9 x ptr], ptr %308, i64 1
  store ptr %49, ptr %317, align 8, !tbaa !9
  %318 = getelementptr inbounds ptr, ptr %317, i64 1
  store ptr %49, ptr %318, align 8, !tbaa !9
  %319 = getelementptr inbounds ptr, ptr %317, i64 2
  store ptr %49, ptr %319, align 8, !tbaa !9
  %320 = getelementptr inbounds ptr, ptr %317, i64 3
  store ptr %49, ptr %320, align 8, !tbaa !9
  %321 = getelementptr inbounds ptr, ptr %317, i64 4
  store ptr %49, ptr %321, align 8, !tbaa !9
  %322 = getelementptr inbounds ptr, ptr %317, i64 5
  store ptr %49, ptr %322, align 8, !tbaa !9
  %323 = getelementptr inbounds ptr, ptr %317, i64 6
  store ptr %49, ptr %323, align 8, !tbaa !9
  %324 = getelementptr inbounds ptr, ptr %317, i64 7
  store ptr %49, ptr %324, align 8, !tbaa !9
  %325 = getelementptr inbounds ptr, ptr %317, i64 8
  store ptr %49, ptr %325, align 8, !tbaa !9
  %326 = getelementptr inbounds [9 x ptr], ptr %308, i64 2
  store ptr %49, ptr %326, align 8, !tbaa !9
  %327 = getelementptr inbounds ptr, ptr %326, i64 1
  store ptr %49, ptr %327, align 8, !tbaa !9
  %328 = getelementptr inbounds ptr, ptr %326, i64 2
  store ptr %49, ptr %328, align 8, !tbaa !9
  %329 = getelementptr inbounds ptr, ptr %326, i64 3
  store ptr %49, ptr %329, align 8, !tbaa !9
  %330 = getelementptr inbounds ptr, ptr %326, i64 4
  store ptr null, ptr %330, align 8, !tbaa !9
  %331 = getelementptr inbounds ptr, ptr %326, i64 5
  store ptr null, ptr %331, align 8, !tbaa !9
  %332 = getelementptr inbounds ptr, ptr %326, i64 6
  store ptr %49, ptr %332, align 8, !tbaa !9
  %333 = getelementptr inbounds ptr, ptr %326, i64 7
  store ptr null, ptr %333, align 8, !tbaa !9
  %334 = getelementptr inbounds ptr, ptr %326, i64 8
  store ptr null, ptr %334, align 8, !tbaa !9
  %335 = getelementptr inbounds [9 x ptr], ptr %308, i64 3
  store ptr %49, ptr %335, align 8, !tbaa !9
  %336 = getelementptr inbounds ptr, ptr %335, i64 1
  store ptr %49, ptr %336, align 8, !tbaa !9
  %337 = getelementptr inbounds ptr, ptr %335, i64 2
  store ptr %49, ptr %337, align 8, !tbaa !9
  %338 = getelementptr inbounds ptr, ptr %335, i64 3
  store ptr %49, ptr %338, align 8, !tbaa !9
  %339 = getelementptr inbounds ptr, ptr %335, i64 4
  store ptr %49, ptr %339, align 8, !tbaa !9
  %340 = getelementptr inbounds ptr, ptr %335, i64 5
  store ptr null, ptr %340, align 8, !tbaa !9
  %341 = getelementptr inbounds ptr, ptr %335, i64 6
  store ptr null, ptr %341, align 8, !tbaa !9
  %342 = getelementptr inbounds ptr, ptr %335, i64 7
  store ptr %49, ptr %342, align 8, !tbaa !9
  %343 = getelementptr inbounds ptr, ptr %335, i64 8
  store ptr null, ptr %343, align 8, !tbaa !9
  %344 = getelementptr inbounds [9 x ptr], ptr %308, i64 4
  store ptr %49, ptr %344, align 8, !tbaa !9
  %345 = getelementptr inbounds ptr, ptr %344, i64 1
  store ptr %49, ptr %345, align 8, !tbaa !9
  %346 = getelementptr inbounds ptr, ptr %344, i64 2
  store ptr %49, ptr %346, align 8, !tbaa !9
  %347 = getelementptr inbounds ptr, ptr %344, i64 3
  store ptr %49, ptr %347, align 8, !tbaa !9
  %348 = getelementptr inbounds ptr, ptr %344, i64 4
  store ptr %49, ptr %348, align 8, !tbaa !9
  %349 = getelementptr inbounds ptr, ptr %344, i64 5
  store ptr %49, ptr %349, align 8, !tbaa !9
  %350 = getelementptr inbounds ptr, ptr %344, i64 6
  store ptr %49, ptr %350, align 8, !tbaa !9
  %351 = getelementptr inbounds ptr, ptr %344, i64 7
  store ptr %49, ptr %351, align 8, !tbaa !9
  %352 = getelementptr inbounds ptr, ptr %344, i64 8
  store ptr %49, ptr %352, align 8, !tbaa !9
  %353 = getelementptr inbounds [9 x ptr], ptr %308, i64 5
  store ptr null, ptr %353, align 8, !tbaa !9
  %354 = getelementptr inbounds ptr, ptr %353, i64 1
  store ptr null, ptr %354, align 8, !tbaa !9
  %355 = getelementptr inbounds ptr, ptr %353, i64 2
  store ptr %49, ptr %355, align 8, !tbaa !9
  %356 = getelementptr inbounds ptr, ptr %353, i64 3
  store ptr %49, ptr %356, align 8, !tbaa !9
  %357 = getelementptr inbounds ptr, ptr %353, i64 4
  store ptr %49, ptr %357, align 8, !tbaa !9
  %358 = getelementptr inbounds ptr, ptr %353, i64 5
  store ptr %49, ptr %358, align 8, !tbaa !9
  %359 = getelementptr inbounds ptr, ptr %353, i64 6
  store ptr null, ptr %359, align 8, !tbaa !9
  %360 = getelementptr inbounds ptr, ptr %353, i64 7
  store ptr null, ptr %360, align 8, !tbaa !9
  %361 = getelementptr inbounds ptr, ptr %353, i64 8
  store ptr %49, ptr %361, align 8, !tbaa !9
  %362 = getelementptr inbounds [9 x ptr], ptr %308, i64 6
  store ptr %49, ptr %362, align 8, !tbaa !9
  %363 = getelementptr inbounds ptr, ptr %362, i64 1
  store ptr %49, ptr %363, align 8, !tbaa !9
  %364 = getelementptr inbounds ptr, ptr %362, i64 2
  store ptr %49, ptr %364, align 8, !tbaa !9
  %365 = getelementptr inbounds ptr, ptr %362, i64 3
  store ptr null, ptr %365, align 8, !tbaa !9
  %366 = getelementptr inbounds ptr, ptr %362, i64 4
  store ptr %49, ptr %366, align 8, !tbaa !9
  %367 = getelementptr inbounds ptr, ptr %362, i64 5
  store ptr %49, ptr %367, align 8, !tbaa !9
  %368 = getelementptr inbounds ptr, ptr %362, i64 6
  store ptr null, ptr %368, align 8, !tbaa !9
  %369 = getelementptr inbounds ptr, ptr %362, i64 7
  store ptr %49, ptr %369, align 8, !tbaa !9
  %370 = getelementptr inbounds ptr, ptr %362, i64 8
  store ptr %49, ptr %370, align 8, !tbaa !9
  %371 = getelementptr inbounds [7 x [9 x ptr]], ptr %50, i64 3
  store ptr %49, ptr %371, align 8, !tbaa !9
  %372 = getelementptr inbounds ptr, ptr %371, i64 1
  store ptr %49, ptr %372, align 8, !tbaa !9
  %373 = getelementptr inbounds ptr, ptr %371, i64 2
  store ptr %49, ptr %373, align 8, !tbaa !9
  %374 = getelementptr inbounds ptr, ptr %371, i64 3
  store ptr %49, ptr %374, align 8, !tbaa !9
  %375 = getelementptr inbounds ptr, ptr %371, i64 4
  store ptr null, ptr %375, align 8, !tbaa !9
  %376 = getelementptr inbounds ptr, ptr %371, i64 5
  store ptr null, ptr %376, align 8, !tbaa !9
  %377 = getelementptr inbounds ptr, ptr %371, i64 6
  store ptr null, ptr %377, align 8, !tbaa !9
  %378 = getelementptr inbounds ptr, ptr %371, i64 7
  store ptr null, ptr %378, align 8, !tbaa !9
  %379 = getelementptr inbounds ptr, ptr %371, i64 8
  store ptr %49, ptr %379, align 8, !tbaa !9
  %380 = getelementptr inbounds [9 x ptr], ptr %371, i64 1
  store ptr %49, ptr %380, align 8, !tbaa !9
  %381 = getelementptr inbounds ptr, ptr %380, i64 1
  store ptr %49, ptr %381, align 8, !tbaa !9
  %382 = getelementptr inbounds ptr, ptr %380, i64 2
  store ptr %49, ptr %382, align 8, !tbaa !9
  %383 = getelementptr inbounds ptr, ptr %380, i64 3
  store ptr null, ptr %383, align 8, !tbaa !9
  %384 = getelementptr inbounds ptr, ptr %380, i64 4
  store ptr null, ptr %384, align 8, !tbaa !9
  %385 = getelementptr inbounds ptr, ptr %380, i64 5
  store ptr %49, ptr %385, align 8, !tbaa !9
  %386 = getelementptr inbounds ptr, ptr %380, i64 6
  store ptr %49, ptr %386, align 8, !tbaa !9
  %387 = getelementptr inbounds ptr, ptr %380, i64 7
  store ptr %49, ptr %387, align 8, !tbaa !9
  %388 = getelementptr inbounds ptr, ptr %380, i64 8
  store ptr %49, ptr %388, align 8, !tbaa !9
  %389 = getelementptr inbounds [9 x ptr], ptr %371, i64 2
  store ptr %49, ptr %389, align 8, !tbaa !9
  %390 = getelementptr inbounds ptr, ptr %389, i64 1
  store ptr %49, ptr %390, align 8, !tbaa !9
  %391 = getelementptr inbounds ptr, ptr %389, i64 2
  store ptr %49, ptr %391, align 8, !tbaa !9
  %392 = getelementptr inbounds ptr, ptr %389, i64 3
  store ptr %49, ptr %392, align 8, !tbaa !9
  %393 = getelementptr inbounds ptr, ptr %389, i64 4
  store ptr %49, ptr %393, align 8, !tbaa !9
  %394 = getelementptr inbounds ptr, ptr %389, i64 5
  store ptr %49, ptr %394, align 8, !tbaa !9
  %395 = getelementptr inbounds ptr, ptr %389, i64 6
  store ptr null, ptr %395, align 8, !tbaa !9
  %396 = getelementptr inbounds ptr, ptr %389, i64 7
  store ptr null, ptr %396, align 8, !tbaa !9
  %397 = getelementptr inbounds ptr, ptr %389, i64 8
  store ptr null, ptr %397, align 8, !tbaa !9
  %398 = getelementptr inbounds [9 x ptr], ptr %371, i64 3
  store ptr %49, ptr %398, align 8, !tbaa !9
  %399 = getelementptr inbounds ptr, ptr %398, i64 1
  store ptr %49, ptr %399, align 8, !tbaa !9
  %400 = getelementptr inbounds ptr, ptr %398, i64 2
  store ptr %49, ptr %400, align 8, !tbaa !9
  %401 = getelementptr inbounds ptr, ptr %398, i64 3
  store ptr null, ptr %401, align 8, !tbaa !9
  %402 = getelementptr inbounds ptr, ptr %398, i64 4
  store ptr %49, ptr %402, align 8, !tbaa !9
  %403 = getelementptr inbounds ptr, ptr %398, i64 5
  store ptr %49, ptr %403, align 8, !tbaa !9
  %404 = getelementptr inbounds ptr, ptr %398, i64 6
  store ptr %49, ptr %404, align 8, !tbaa !9
  %405 = getelementptr inbounds ptr, ptr %398, i64 7
  store ptr null, ptr %405, align 8, !tbaa !9
  %406 = getelementptr inbounds ptr, ptr %398, i64 8
  store ptr %49, ptr %406, align 8, !tbaa !9
  %407 = getelementptr inbounds [9 x ptr], ptr %371, i64 4
  store ptr %49, ptr %407, align 8, !tbaa !9
  %408 = getelementptr inbounds ptr, ptr %407, i64 1
  store ptr %49, ptr %408, align 8, !tbaa !9
  %409 = getelementptr inbounds ptr, ptr %407, i64 2
  store ptr %49, ptr %409, align 8, !tbaa !9
  %410 = getelementptr inbounds ptr, ptr %407, i64 3
  store ptr %49, ptr %410, align 8, !tbaa !9
  %411 = getelementptr inbounds ptr, ptr %407, i64 4
  store ptr null, ptr %411, align 8, !tbaa !9
  %412 = getelementptr inbounds ptr, ptr %407, i64 5
  store ptr %49, ptr %412, align 8, !tbaa !9
  %413 = getelementptr inbounds ptr, ptr %407, i64 6
  store ptr %49, ptr %413, align 8, !tbaa !9
  %414 = getelementptr inbounds ptr, ptr %407, i64 7
  store ptr %49, ptr %414, align 8, !tbaa !9
  %415 = getelementptr inbounds ptr, ptr %407, i64 8
  store ptr %49, ptr %415, align 8, !tbaa !9
  %416 = getelementptr inbounds [9 x ptr], ptr %371, i64 5
  store ptr %49, ptr %416, align 8, !tbaa !9
  %417 = getelementptr inbounds ptr, ptr %416, i64 1
  store ptr %49, ptr %417, align 8, !tbaa !9
  %418 = getelementptr inbounds ptr, ptr %416, i64 2
  store ptr %49, ptr %418, align 8, !tbaa !9
  %419 = getelementptr inbounds ptr, ptr %416, i64 3
  store ptr null, ptr %419, align 8, !tbaa !9
  %420 = getelementptr inbounds ptr, ptr %416, i64 4
  store ptr null, ptr %420, align 8, !tbaa !9
  %421 = getelementptr inbounds ptr, ptr %416, i64 5
  store ptr %49, ptr %421, align 8, !tbaa !9
  %422 = getelementptr inbounds ptr, ptr %416, i64 6
  store ptr null, ptr %422, align 8, !tbaa !9
  %423 = getelementptr inbounds ptr, ptr %416, i64 7
  store ptr null, ptr %423, align 8, !tbaa !9
  %424 = getelementptr inbounds ptr, ptr %416, i64 8
  store ptr %49, ptr %424, align 8, !tbaa !9
  %425 = getelementptr inbounds [9 x ptr], ptr %371, i64 6
  store ptr null, ptr %425, align 8, !tbaa !9
  %426 = getelementptr inbounds ptr, ptr %425, i64 1
  store ptr null, ptr %426, align 8, !tbaa !9
  %427 = getelementptr inbounds ptr, ptr %425, i64 2
  store ptr %49, ptr %427, align 8, !tbaa !9
  %428 = getelementptr inbounds ptr, ptr %425, i64 3
  store ptr %49, ptr %428, align 8, !tbaa !9
  %429 = getelementptr inbounds ptr, ptr %425, i64 4
  store ptr %49, ptr %429, align 8, !tbaa !9
  %430 = getelementptr inbounds ptr, ptr %425, i64 5
  store ptr null, ptr %430, align 8, !tbaa !9
  %431 = getelementptr inbounds ptr, ptr %425, i64 6
  store ptr %49, ptr %431, align 8, !tbaa !9
  %432 = getelementptr inbounds ptr, ptr %425, i64 7
  store ptr null, ptr %432, align 8, !tbaa !9
  %433 = getelementptr inbounds ptr, ptr %425, i64 8
  store ptr %49, ptr %433, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %51) #6
  store ptr @g_2215, ptr %51, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %52) #6
  store i32 1212095515, ptr %52, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %53) #6
  store ptr @g_1684, ptr %53, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %54) #6
  store i64 1, ptr %54, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 4, ptr %55) #6
  store i32 8, ptr %55, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 16, ptr %56) #6
  call void @llvm.lifetime.start.p0(i64 8, ptr %57) #6
  %434 = getelementptr inbounds [2 x ptr], ptr %56, i64 0, i64 0
  store ptr %434, ptr %57, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 320, ptr %58) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %58, ptr align 16 @__const.func_17.l_4096, i64 320, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %59) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %60) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %61) #6
  store i32 0, ptr %59, align 4, !tbaa !5
  br label %435

435:                                              ; preds = %442, %179
  %436 = load i32, ptr %59, align 4, !tbaa !5
  %437 = icmp slt i32 %436, 2
  br i1 %437, label %438, label %445

438:                                              ; preds = %435
  %439 = load i32, ptr %59, align 4, !tbaa !5
  %440 = sext i32 %439 to i64
  %441 = getelementptr inbounds [2 x ptr], ptr %56, i64 0, i64 %440
  store ptr %14, ptr %441, align 8, !tbaa !9
  br label %442

442:                                              ; preds = %438
  %443 = load i32, ptr %59, align 4, !tbaa !5
  %444 = add nsw i32 %443, 1
  store i32 %444, ptr %59, align 4, !tbaa !5
  br label %435, !llvm.loop !60

445:                                              ; preds = %435
  %446 = load i32, ptr @g_2981, align 4, !tbaa !5
  %447 = zext i32 %446 to i64
  %448 = getelementptr inbounds [1 x [7 x i16]], ptr @g_2261, i64 0, i64 %447
  %449 = load i32, ptr @g_2981, align 4, !tbaa !5
  %450 = add i32 %449, 1
  %451 = zext i32 %450 to i64
  %452 = getelementptr inbounds [7 x i16], ptr %448, i64 0, i64 %451
  %453 = load i16, ptr %452, align 2, !tbaa !11
  %454 = sext i16 %453 to i32
  %455 = load i32, ptr @g_2981, align 4, !tbaa !5
  %456 = zext i32 %455 to i64
  %457 = getelementptr inbounds [1 x [7 x i16]], ptr @g_2261, i64 0, i64 %456
  %458 = load i32, ptr @g_2981, align 4, !tbaa !5
  %459 = add i32 %458, 4
  %460 = zext i32 %459 to i64
  %461 = getelementptr inbounds [7 x i16], ptr %457, i64 0, i64 %460
  %462 = load i16, ptr %461, align 2, !tbaa !11
  %463 = sext i16 %462 to i32
  %464 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_477, i32 0, i32 1), align 4
  %465 = zext i8 %464 to i32
  %466 = trunc i32 %465 to i16
  store i16 %466, ptr %27, align 2, !tbaa !11
  %467 = zext i16 %466 to i32
  %468 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %463, i32 noundef %467) #8
  %469 = load i32, ptr @g_2981, align 4, !tbaa !5
  %470 = zext i32 %469 to i64
  %471 = getelementptr inbounds [1 x [7 x i16]], ptr @g_2261, i64 0, i64 %470
  %472 = load i32, ptr @g_2981, align 4, !tbaa !5
  %473 = add i32 %472, 1
  %474 = zext i32 %473 to i64
  %475 = getelementptr inbounds [7 x i16], ptr %471, i64 0, i64 %474
  %476 = load i16, ptr %475, align 2, !tbaa !11
  %477 = load ptr, ptr %42, align 8, !tbaa !9
  %478 = load i16, ptr %477, align 2, !tbaa !11
  %479 = zext i16 %478 to i64
  %480 = xor i64 %479, 2211
  %481 = trunc i64 %480 to i16
  store i16 %481, ptr %477, align 2, !tbaa !11
  %482 = zext i16 %481 to i32
  %483 = load ptr, ptr %45, align 8, !tbaa !9
  %484 = load ptr, ptr %46, align 8, !tbaa !9
  store ptr %483, ptr %484, align 8, !tbaa !9
  %485 = load volatile ptr, ptr @g_3302, align 8, !tbaa !9
  %486 = load ptr, ptr %485, align 8, !tbaa !9
  %487 = icmp eq ptr %483, %486
  %488 = zext i1 %487 to i32
  %489 = sext i32 %488 to i64
  %490 = or i64 110, %489
  %491 = icmp sle i64 %490, 46872
  %492 = zext i1 %491 to i32
  %493 = and i32 %482, %492
  %494 = trunc i32 %493 to i8
  %495 = call zeroext i8 @safe_div_func_uint8_t_u_u(i8 noundef zeroext 48, i8 noundef zeroext %494) #8
  %496 = zext i8 %495 to i32
  %497 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %476, i32 noundef %496) #8
  %498 = trunc i16 %497 to i8
  %499 = load i64, ptr %7, align 8, !tbaa !13
  %500 = trunc i64 %499 to i8
  %501 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %498, i8 noundef zeroext %500) #8
  %502 = zext i8 %501 to i64
  %503 = call i64 @safe_mod_func_uint64_t_u_u(i64 noundef %502, i64 noundef -1472222167021133552) #8
  %504 = trunc i64 %503 to i16
  %505 = call zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext 0, i16 noundef zeroext %504) #8
  %506 = trunc i16 %505 to i8
  %507 = call zeroext i8 @safe_lshift_func_uint8_t_u_s(i8 noundef zeroext %506, i32 noundef 7) #8
  %508 = zext i8 %507 to i64
  %509 = and i64 %508, 9
  %510 = load i64, ptr %7, align 8, !tbaa !13
  %511 = icmp ult i64 %509, %510
  %512 = zext i1 %511 to i32
  %513 = load i32, ptr @g_2981, align 4, !tbaa !5
  %514 = zext i32 %513 to i64
  %515 = getelementptr inbounds [1 x [7 x i16]], ptr @g_2261, i64 0, i64 %514
  %516 = load i32, ptr @g_2981, align 4, !tbaa !5
  %517 = add i32 %516, 4
  %518 = zext i32 %517 to i64
  %519 = getelementptr inbounds [7 x i16], ptr %515, i64 0, i64 %518
  %520 = load i16, ptr %519, align 2, !tbaa !11
  %521 = sext i16 %520 to i32
  %522 = icmp slt i32 %512, %521
  %523 = zext i1 %522 to i32
  %524 = trunc i32 %523 to i16
  %525 = load i64, ptr %7, align 8, !tbaa !13
  %526 = trunc i64 %525 to i16
  %527 = call signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %524, i16 noundef signext %526) #8
  %528 = sext i16 %527 to i64
  %529 = icmp sgt i64 %528, 3812268807763690051
  %530 = zext i1 %529 to i32
  %531 = icmp ne i32 %454, %530
  %532 = zext i1 %531 to i32
  %533 = sext i32 %532 to i64
  %534 = icmp ugt i64 %533, 254
  br i1 %534, label %535, label %866

535:                                              ; preds = %445
  call void @llvm.lifetime.start.p0(i64 2, ptr %62) #6
  call void @llvm.lifetime.start.p0(i64 20, ptr %63) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %63, ptr align 16 @__const.func_17.l_3883, i64 20, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %64) #6
  store i32 0, ptr %64, align 4, !tbaa !5
  br label %536

536:                                              ; preds = %543, %535
  %537 = load i32, ptr %64, align 4, !tbaa !5
  %538 = icmp slt i32 %537, 2
  br i1 %538, label %539, label %546

539:                                              ; preds = %536
  %540 = load i32, ptr %64, align 4, !tbaa !5
  %541 = sext i32 %540 to i64
  %542 = getelementptr inbounds [2 x i8], ptr %62, i64 0, i64 %541
  store i8 8, ptr %542, align 1, !tbaa !18
  br label %543

543:                                              ; preds = %539
  %544 = load i32, ptr %64, align 4, !tbaa !5
  %545 = add nsw i32 %544, 1
  store i32 %545, ptr %64, align 4, !tbaa !5
  br label %536, !llvm.loop !61

546:                                              ; preds = %536
  store i64 0, ptr @g_226, align 8, !tbaa !13
  br label %547

547:                                              ; preds = %851, %546
  %548 = load i64, ptr @g_226, align 8, !tbaa !13
  %549 = icmp ule i64 %548, 1
  br i1 %549, label %550, label %854

550:                                              ; preds = %547
  call void @llvm.lifetime.start.p0(i64 8, ptr %65) #6
  store ptr null, ptr %65, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %66) #6
  store ptr %65, ptr %66, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %67) #6
  store i32 0, ptr %67, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %68) #6
  store ptr null, ptr %68, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %69) #6
  store ptr getelementptr inbounds ([9 x ptr], ptr getelementptr inbounds ([7 x [4 x [9 x ptr]]], ptr @g_2623, i64 0, i64 3), i64 0, i64 7), ptr %69, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 336, ptr %70) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %70, ptr align 16 @__const.func_17.l_3911, i64 336, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %71) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %72) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %73) #6
  %551 = load i32, ptr @g_2981, align 4, !tbaa !5
  %552 = zext i32 %551 to i64
  %553 = getelementptr inbounds [1 x [5 x [3 x i64]]], ptr @g_255, i64 0, i64 %552
  %554 = load i32, ptr @g_2981, align 4, !tbaa !5
  %555 = add i32 %554, 3
  %556 = zext i32 %555 to i64
  %557 = getelementptr inbounds [5 x [3 x i64]], ptr %553, i64 0, i64 %556
  %558 = load i32, ptr @g_2981, align 4, !tbaa !5
  %559 = add i32 %558, 2
  %560 = zext i32 %559 to i64
  %561 = getelementptr inbounds [3 x i64], ptr %557, i64 0, i64 %560
  %562 = load volatile i64, ptr %561, align 8, !tbaa !13
  %563 = icmp ne i64 %562, 0
  br i1 %563, label %564, label %565

564:                                              ; preds = %550
  store i32 20, ptr %74, align 4
  br label %848

565:                                              ; preds = %550
  store i32 1, ptr %11, align 4, !tbaa !5
  br label %566

566:                                              ; preds = %730, %565
  %567 = load i32, ptr %11, align 4, !tbaa !5
  %568 = icmp sge i32 %567, 0
  br i1 %568, label %569, label %733

569:                                              ; preds = %566
  call void @llvm.lifetime.start.p0(i64 8, ptr %75) #6
  store ptr @g_458, ptr %75, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %76) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %77) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %78) #6
  %570 = load ptr, ptr @g_233, align 8, !tbaa !9
  %571 = load i32, ptr @g_2981, align 4, !tbaa !5
  %572 = add i32 %571, 3
  %573 = zext i32 %572 to i64
  %574 = getelementptr inbounds [8 x [8 x i64]], ptr @g_128, i64 0, i64 %573
  %575 = load i64, ptr @g_226, align 8, !tbaa !13
  %576 = add i64 %575, 6
  %577 = getelementptr inbounds [8 x i64], ptr %574, i64 0, i64 %576
  %578 = load i64, ptr %577, align 8, !tbaa !13
  %579 = trunc i64 %578 to i16
  %580 = load i64, ptr @g_226, align 8, !tbaa !13
  %581 = getelementptr inbounds [2 x [7 x [9 x i64]]], ptr @g_1977, i64 0, i64 %580
  %582 = load i64, ptr @g_226, align 8, !tbaa !13
  %583 = add i64 %582, 4
  %584 = getelementptr inbounds [7 x [9 x i64]], ptr %581, i64 0, i64 %583
  %585 = load i32, ptr @g_2981, align 4, !tbaa !5
  %586 = add i32 %585, 5
  %587 = zext i32 %586 to i64
  %588 = getelementptr inbounds [9 x i64], ptr %584, i64 0, i64 %587
  %589 = load i64, ptr %588, align 8, !tbaa !13
  %590 = trunc i64 %589 to i16
  %591 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %579, i16 noundef zeroext %590) #8
  %592 = zext i16 %591 to i64
  %593 = xor i64 1, %592
  %594 = getelementptr inbounds [4 x [7 x [9 x ptr]]], ptr %50, i64 0, i64 1
  %595 = getelementptr inbounds [7 x [9 x ptr]], ptr %594, i64 0, i64 1
  %596 = getelementptr inbounds [9 x ptr], ptr %595, i64 0, i64 3
  %597 = load ptr, ptr %596, align 8, !tbaa !9
  %598 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext 9222, i32 noundef 15) #8
  %599 = zext i16 %598 to i64
  %600 = load ptr, ptr @g_992, align 8, !tbaa !9
  %601 = load ptr, ptr %600, align 8, !tbaa !9
  %602 = load i16, ptr %601, align 2, !tbaa !11
  %603 = load i8, ptr %9, align 1, !tbaa !18
  %604 = sext i8 %603 to i16
  %605 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %602, i16 noundef zeroext %604) #8
  %606 = zext i16 %605 to i32
  %607 = load ptr, ptr @g_1178, align 8, !tbaa !9
  %608 = load i32, ptr %607, align 4, !tbaa !5
  %609 = icmp sle i32 %606, %608
  %610 = zext i1 %609 to i32
  %611 = icmp slt i64 %599, 2815512725
  %612 = zext i1 %611 to i32
  %613 = sext i32 %612 to i64
  %614 = xor i64 %613, 16
  br i1 true, label %616, label %615

615:                                              ; preds = %569
  br label %616

616:                                              ; preds = %615, %569
  %617 = phi i1 [ true, %569 ], [ true, %615 ]
  %618 = zext i1 %617 to i32
  %619 = load ptr, ptr @g_1683, align 8, !tbaa !9
  %620 = load ptr, ptr %619, align 8, !tbaa !9
  %621 = load ptr, ptr %620, align 8, !tbaa !9
  %622 = load ptr, ptr %621, align 8, !tbaa !9
  store i32 %618, ptr %622, align 4, !tbaa !5
  %623 = load i16, ptr @g_3875, align 2, !tbaa !11
  %624 = sext i16 %623 to i32
  %625 = or i32 %624, %618
  %626 = trunc i32 %625 to i16
  store i16 %626, ptr @g_3875, align 2, !tbaa !11
  %627 = load ptr, ptr %30, align 8, !tbaa !9
  %628 = load ptr, ptr %45, align 8, !tbaa !9
  %629 = load ptr, ptr %628, align 8, !tbaa !9
  %630 = icmp eq ptr %627, %629
  %631 = zext i1 %630 to i32
  %632 = load ptr, ptr %66, align 8, !tbaa !9
  %633 = icmp eq ptr null, %632
  %634 = zext i1 %633 to i32
  %635 = trunc i32 %634 to i8
  %636 = getelementptr inbounds [2 x i8], ptr %62, i64 0, i64 0
  %637 = load i8, ptr %636, align 1, !tbaa !18
  %638 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %635, i8 noundef zeroext %637) #8
  %639 = load i32, ptr %12, align 4, !tbaa !5
  %640 = load i16, ptr %27, align 2, !tbaa !11
  %641 = zext i16 %640 to i32
  %642 = icmp sle i32 %639, %641
  %643 = zext i1 %642 to i32
  %644 = load i32, ptr %8, align 4, !tbaa !5
  %645 = xor i32 %643, %644
  %646 = trunc i32 %645 to i8
  %647 = getelementptr inbounds [5 x i32], ptr %63, i64 0, i64 0
  %648 = load i32, ptr %647, align 16, !tbaa !5
  %649 = trunc i32 %648 to i8
  %650 = call zeroext i8 @safe_mod_func_uint8_t_u_u(i8 noundef zeroext %646, i8 noundef zeroext %649) #8
  %651 = icmp eq ptr %597, null
  %652 = zext i1 %651 to i32
  %653 = load i16, ptr %27, align 2, !tbaa !11
  %654 = zext i16 %653 to i32
  %655 = load i32, ptr %12, align 4, !tbaa !5
  %656 = xor i32 %654, %655
  %657 = load ptr, ptr @g_3800, align 8, !tbaa !9
  %658 = load i32, ptr %657, align 4, !tbaa !5
  %659 = sext i32 %658 to i64
  %660 = and i64 %659, 3392085484
  %661 = trunc i64 %660 to i32
  store i32 %661, ptr %657, align 4, !tbaa !5
  %662 = load ptr, ptr @g_115, align 8, !tbaa !9
  %663 = load i32, ptr %662, align 4, !tbaa !5
  %664 = or i32 %663, %661
  store i32 %664, ptr %662, align 4, !tbaa !5
  %665 = load i32, ptr %11, align 4, !tbaa !5
  %666 = trunc i32 %665 to i8
  %667 = load i32, ptr %8, align 4, !tbaa !5
  %668 = load i16, ptr %10, align 2, !tbaa !11
  %669 = sext i16 %668 to i32
  %670 = icmp ult i32 %667, %669
  %671 = zext i1 %670 to i32
  %672 = trunc i32 %671 to i8
  %673 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %666, i8 noundef signext %672) #8
  %674 = load i16, ptr %10, align 2, !tbaa !11
  %675 = sext i16 %674 to i32
  %676 = load ptr, ptr @g_956, align 8, !tbaa !9
  %677 = load ptr, ptr %676, align 8, !tbaa !9
  %678 = load i8, ptr %677, align 1, !tbaa !18
  %679 = zext i8 %678 to i32
  %680 = icmp eq i32 %675, %679
  %681 = zext i1 %680 to i32
  %682 = load i64, ptr %7, align 8, !tbaa !13
  %683 = load ptr, ptr %75, align 8, !tbaa !9
  %684 = load i8, ptr %683, align 1, !tbaa !18
  %685 = sext i8 %684 to i64
  %686 = or i64 %685, %682
  %687 = trunc i64 %686 to i8
  store i8 %687, ptr %683, align 1, !tbaa !18
  %688 = sext i8 %687 to i64
  %689 = and i64 162, %688
  %690 = icmp ne i64 %689, 0
  br i1 %690, label %691, label %702

691:                                              ; preds = %616
  %692 = load i32, ptr %12, align 4, !tbaa !5
  %693 = sext i32 %692 to i64
  %694 = load i64, ptr @g_226, align 8, !tbaa !13
  %695 = add i64 %694, 5
  %696 = getelementptr inbounds [8 x [8 x i64]], ptr @g_128, i64 0, i64 %695
  %697 = load i32, ptr %11, align 4, !tbaa !5
  %698 = add nsw i32 %697, 3
  %699 = sext i32 %698 to i64
  %700 = getelementptr inbounds [8 x i64], ptr %696, i64 0, i64 %699
  store i64 %693, ptr %700, align 8, !tbaa !13
  %701 = icmp ne i64 %693, 0
  br label %702

702:                                              ; preds = %691, %616
  %703 = phi i1 [ false, %616 ], [ %701, %691 ]
  %704 = zext i1 %703 to i32
  %705 = load i32, ptr %12, align 4, !tbaa !5
  %706 = sext i32 %705 to i64
  %707 = and i64 %706, -7983587500338795777
  %708 = trunc i64 %707 to i16
  %709 = load i8, ptr %9, align 1, !tbaa !18
  %710 = sext i8 %709 to i16
  %711 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %708, i16 noundef zeroext %710) #8
  %712 = zext i16 %711 to i32
  %713 = icmp ne i32 %712, 0
  br i1 %713, label %724, label %714

714:                                              ; preds = %702
  %715 = load i16, ptr %10, align 2, !tbaa !11
  %716 = sext i16 %715 to i32
  %717 = icmp ne i32 %716, 0
  br i1 %717, label %724, label %718

718:                                              ; preds = %714
  %719 = load volatile i64, ptr getelementptr inbounds ([4 x %struct.S0], ptr getelementptr inbounds ([10 x [4 x %struct.S0]], ptr @g_2997, i64 0, i64 4), i64 0, i64 2), align 8
  %720 = lshr i64 %719, 42
  %721 = and i64 %720, 16383
  %722 = trunc i64 %721 to i32
  %723 = icmp ne i32 %722, 0
  br label %724

724:                                              ; preds = %718, %714, %702
  %725 = phi i1 [ true, %714 ], [ true, %702 ], [ %723, %718 ]
  %726 = zext i1 %725 to i32
  %727 = load ptr, ptr @g_1178, align 8, !tbaa !9
  store i32 %726, ptr %727, align 4, !tbaa !5
  %728 = load i8, ptr %9, align 1, !tbaa !18
  %729 = sext i8 %728 to i32
  store i32 %729, ptr %6, align 4
  store i32 1, ptr %74, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %78) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %77) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %76) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %75) #6
  br label %848

730:                                              ; No predecessors!
  %731 = load i32, ptr %11, align 4, !tbaa !5
  %732 = sub nsw i32 %731, 1
  store i32 %732, ptr %11, align 4, !tbaa !5
  br label %566, !llvm.loop !62

733:                                              ; preds = %566
  %734 = load i32, ptr %11, align 4, !tbaa !5
  %735 = sext i32 %734 to i64
  %736 = load i32, ptr %12, align 4, !tbaa !5
  %737 = load i32, ptr %8, align 4, !tbaa !5
  %738 = zext i32 %737 to i64
  %739 = icmp ne i64 36410, %738
  %740 = zext i1 %739 to i32
  %741 = sext i32 %740 to i64
  %742 = icmp ugt i64 %741, -3
  %743 = zext i1 %742 to i32
  %744 = load i32, ptr @g_2981, align 4, !tbaa !5
  %745 = zext i32 %744 to i64
  %746 = getelementptr inbounds [1 x [5 x [3 x i64]]], ptr @g_255, i64 0, i64 %745
  %747 = load i32, ptr @g_2981, align 4, !tbaa !5
  %748 = add i32 %747, 3
  %749 = zext i32 %748 to i64
  %750 = getelementptr inbounds [5 x [3 x i64]], ptr %746, i64 0, i64 %749
  %751 = load i32, ptr @g_2981, align 4, !tbaa !5
  %752 = add i32 %751, 2
  %753 = zext i32 %752 to i64
  %754 = getelementptr inbounds [3 x i64], ptr %750, i64 0, i64 %753
  %755 = load volatile i64, ptr %754, align 8, !tbaa !13
  %756 = getelementptr inbounds [2 x i16], ptr %31, i64 0, i64 0
  %757 = load i16, ptr %756, align 2, !tbaa !11
  %758 = zext i16 %757 to i32
  %759 = xor i32 %758, -1
  %760 = trunc i32 %759 to i16
  %761 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %760, i32 noundef 9) #8
  %762 = sext i16 %761 to i32
  %763 = and i32 0, %762
  %764 = sext i32 %763 to i64
  %765 = icmp ult i64 %755, %764
  %766 = zext i1 %765 to i32
  %767 = sext i32 %766 to i64
  %768 = load i64, ptr @g_3269, align 8, !tbaa !13
  %769 = icmp eq i64 %767, %768
  %770 = zext i1 %769 to i32
  %771 = load ptr, ptr @g_993, align 8, !tbaa !9
  %772 = load i16, ptr %771, align 2, !tbaa !11
  %773 = zext i16 %772 to i32
  %774 = icmp sgt i32 %770, %773
  %775 = zext i1 %774 to i32
  %776 = sext i32 %775 to i64
  %777 = load i64, ptr %7, align 8, !tbaa !13
  %778 = or i64 %776, %777
  %779 = trunc i64 %778 to i16
  %780 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %779, i32 noundef 12) #8
  %781 = sext i16 %780 to i64
  %782 = xor i64 %781, 1956990216
  %783 = load ptr, ptr %68, align 8, !tbaa !9
  %784 = load ptr, ptr @g_956, align 8, !tbaa !9
  %785 = load ptr, ptr %784, align 8, !tbaa !9
  %786 = icmp ne ptr %783, %785
  %787 = zext i1 %786 to i32
  %788 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %743, i32 noundef %787) #8
  %789 = xor i32 %736, %788
  %790 = icmp uge i32 %789, 0
  %791 = zext i1 %790 to i32
  %792 = sext i32 %791 to i64
  %793 = call i64 @safe_add_func_int64_t_s_s(i64 noundef %735, i64 noundef %792) #8
  %794 = icmp ne i64 %793, 0
  br i1 %794, label %796, label %795

795:                                              ; preds = %733
  br label %796

796:                                              ; preds = %795, %733
  %797 = phi i1 [ true, %733 ], [ true, %795 ]
  %798 = zext i1 %797 to i32
  %799 = trunc i32 %798 to i16
  %800 = getelementptr inbounds [2 x i8], ptr %62, i64 0, i64 1
  %801 = load i8, ptr %800, align 1, !tbaa !18
  %802 = sext i8 %801 to i32
  %803 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %799, i32 noundef %802) #8
  %804 = sext i16 %803 to i32
  %805 = getelementptr inbounds [2 x i16], ptr %31, i64 0, i64 0
  %806 = load i16, ptr %805, align 2, !tbaa !11
  %807 = zext i16 %806 to i32
  %808 = icmp slt i32 %804, %807
  %809 = zext i1 %808 to i32
  %810 = load ptr, ptr @g_1178, align 8, !tbaa !9
  store i32 %809, ptr %810, align 4, !tbaa !5
  %811 = getelementptr inbounds [4 x [10 x [5 x ptr]]], ptr %32, i64 0, i64 3
  %812 = getelementptr inbounds [10 x [5 x ptr]], ptr %811, i64 0, i64 8
  %813 = getelementptr inbounds [5 x ptr], ptr %812, i64 0, i64 4
  %814 = load ptr, ptr %813, align 16, !tbaa !9
  %815 = load ptr, ptr %69, align 8, !tbaa !9
  store ptr %814, ptr %815, align 8, !tbaa !9
  %816 = icmp ne ptr @g_2215, %814
  %817 = zext i1 %816 to i32
  %818 = getelementptr inbounds [3 x [7 x [2 x ptr]]], ptr %70, i64 0, i64 0
  %819 = getelementptr inbounds [7 x [2 x ptr]], ptr %818, i64 0, i64 3
  %820 = getelementptr inbounds [2 x ptr], ptr %819, i64 0, i64 1
  %821 = load ptr, ptr %820, align 8, !tbaa !9
  store ptr %821, ptr @g_2687, align 8, !tbaa !9
  %822 = icmp eq ptr %821, null
  %823 = zext i1 %822 to i32
  %824 = icmp slt i32 %817, %823
  %825 = zext i1 %824 to i32
  %826 = load i8, ptr %9, align 1, !tbaa !18
  %827 = sext i8 %826 to i32
  %828 = icmp sge i32 %825, %827
  %829 = zext i1 %828 to i32
  %830 = trunc i32 %829 to i8
  %831 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext 108, i8 noundef zeroext %830) #8
  %832 = zext i8 %831 to i64
  %833 = load i32, ptr @g_2981, align 4, !tbaa !5
  %834 = zext i32 %833 to i64
  %835 = getelementptr inbounds [1 x [7 x i16]], ptr @g_2261, i64 0, i64 %834
  %836 = load i32, ptr @g_2981, align 4, !tbaa !5
  %837 = add i32 %836, 4
  %838 = zext i32 %837 to i64
  %839 = getelementptr inbounds [7 x i16], ptr %835, i64 0, i64 %838
  %840 = load i16, ptr %839, align 2, !tbaa !11
  %841 = sext i16 %840 to i64
  %842 = call i64 @safe_div_func_int64_t_s_s(i64 noundef %832, i64 noundef %841) #8
  %843 = load ptr, ptr @g_3800, align 8, !tbaa !9
  %844 = load i32, ptr %843, align 4, !tbaa !5
  %845 = sext i32 %844 to i64
  %846 = xor i64 %845, %842
  %847 = trunc i64 %846 to i32
  store i32 %847, ptr %843, align 4, !tbaa !5
  store i32 0, ptr %74, align 4
  br label %848

848:                                              ; preds = %796, %724, %564
  call void @llvm.lifetime.end.p0(i64 4, ptr %73) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %72) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %71) #6
  call void @llvm.lifetime.end.p0(i64 336, ptr %70) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %69) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %68) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %67) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %66) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %65) #6
  %849 = load i32, ptr %74, align 4
  switch i32 %849, label %863 [
    i32 0, label %850
    i32 20, label %854
  ]

850:                                              ; preds = %848
  br label %851

851:                                              ; preds = %850
  %852 = load i64, ptr @g_226, align 8, !tbaa !13
  %853 = add i64 %852, 1
  store i64 %853, ptr @g_226, align 8, !tbaa !13
  br label %547, !llvm.loop !63

854:                                              ; preds = %848, %547
  %855 = load i32, ptr %12, align 4, !tbaa !5
  %856 = load i32, ptr %8, align 4, !tbaa !5
  %857 = trunc i32 %856 to i16
  %858 = call zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext -2, i16 noundef zeroext %857) #8
  %859 = load i32, ptr %52, align 4, !tbaa !5
  %860 = sext i32 %859 to i64
  %861 = and i64 %860, 550801814
  %862 = trunc i64 %861 to i32
  store i32 %862, ptr %52, align 4, !tbaa !5
  store i32 0, ptr %74, align 4
  br label %863

863:                                              ; preds = %854, %848
  call void @llvm.lifetime.end.p0(i64 4, ptr %64) #6
  call void @llvm.lifetime.end.p0(i64 20, ptr %63) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %62) #6
  %864 = load i32, ptr %74, align 4
  switch i32 %864, label %1713 [
    i32 0, label %865
  ]

865:                                              ; preds = %863
  br label %1628

866:                                              ; preds = %445
  call void @llvm.lifetime.start.p0(i64 8, ptr %79) #6
  store i64 -2769907865994063792, ptr %79, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 4, ptr %80) #6
  store i32 1356990327, ptr %80, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 288, ptr %81) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %81, ptr align 16 @__const.func_17.l_3957, i64 288, i1 false)
  call void @llvm.lifetime.start.p0(i64 1, ptr %82) #6
  store i8 -12, ptr %82, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 168, ptr %83) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %83, ptr align 16 @__const.func_17.l_3988, i64 168, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %84) #6
  store ptr @g_2216, ptr %84, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %85) #6
  store ptr %36, ptr %85, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %86) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %87) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %88) #6
  %867 = load i32, ptr @g_2981, align 4, !tbaa !5
  %868 = zext i32 %867 to i64
  %869 = getelementptr inbounds [1 x [7 x i16]], ptr @g_2261, i64 0, i64 %868
  %870 = load i32, ptr @g_2981, align 4, !tbaa !5
  %871 = add i32 %870, 1
  %872 = zext i32 %871 to i64
  %873 = getelementptr inbounds [7 x i16], ptr %869, i64 0, i64 %872
  %874 = load i16, ptr %873, align 2, !tbaa !11
  %875 = icmp ne i16 %874, 0
  br i1 %875, label %876, label %998

876:                                              ; preds = %866
  call void @llvm.lifetime.start.p0(i64 1, ptr %89) #6
  store i8 -79, ptr %89, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 4, ptr %90) #6
  store i32 0, ptr %90, align 4, !tbaa !5
  store i64 0, ptr @g_141, align 8, !tbaa !13
  br label %877

877:                                              ; preds = %994, %876
  %878 = load i64, ptr @g_141, align 8, !tbaa !13
  %879 = icmp ule i64 %878, 0
  br i1 %879, label %880, label %997

880:                                              ; preds = %877
  call void @llvm.lifetime.start.p0(i64 360, ptr %91) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %91, ptr align 16 @__const.func_17.l_3921, i64 360, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %92) #6
  store ptr @g_254, ptr %92, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %93) #6
  store ptr null, ptr %93, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 80, ptr %94) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %94, ptr align 16 @__const.func_17.l_3940, i64 80, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %95) #6
  store i32 3, ptr %95, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %96) #6
  store ptr @g_458, ptr %96, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %97) #6
  store i32 1771541672, ptr %97, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %98) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %99) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %100) #6
  %881 = load i32, ptr @g_2981, align 4, !tbaa !5
  %882 = zext i32 %881 to i64
  %883 = getelementptr inbounds [1 x [5 x [3 x i64]]], ptr @g_255, i64 0, i64 %882
  %884 = load i64, ptr @g_141, align 8, !tbaa !13
  %885 = getelementptr inbounds [5 x [3 x i64]], ptr %883, i64 0, i64 %884
  %886 = load i32, ptr @g_2981, align 4, !tbaa !5
  %887 = zext i32 %886 to i64
  %888 = getelementptr inbounds [3 x i64], ptr %885, i64 0, i64 %887
  %889 = load volatile i64, ptr %888, align 8, !tbaa !13
  %890 = getelementptr inbounds [5 x [9 x [2 x i32]]], ptr %91, i64 0, i64 0
  %891 = getelementptr inbounds [9 x [2 x i32]], ptr %890, i64 0, i64 8
  %892 = getelementptr inbounds [2 x i32], ptr %891, i64 0, i64 0
  %893 = load i32, ptr %892, align 16, !tbaa !5
  %894 = load i32, ptr %11, align 4, !tbaa !5
  %895 = load ptr, ptr %92, align 8, !tbaa !9
  store i64 2508836936976943539, ptr %895, align 8, !tbaa !13
  %896 = getelementptr inbounds [5 x [9 x [2 x i32]]], ptr %91, i64 0, i64 0
  %897 = getelementptr inbounds [9 x [2 x i32]], ptr %896, i64 0, i64 8
  %898 = getelementptr inbounds [2 x i32], ptr %897, i64 0, i64 0
  %899 = load i32, ptr %898, align 16, !tbaa !5
  %900 = icmp ne i32 %899, 0
  br i1 %900, label %951, label %901

901:                                              ; preds = %880
  %902 = load i32, ptr @g_2981, align 4, !tbaa !5
  %903 = zext i32 %902 to i64
  %904 = getelementptr inbounds [1 x [7 x i16]], ptr @g_2261, i64 0, i64 %903
  %905 = load i32, ptr @g_2981, align 4, !tbaa !5
  %906 = add i32 %905, 4
  %907 = zext i32 %906 to i64
  %908 = getelementptr inbounds [7 x i16], ptr %904, i64 0, i64 %907
  %909 = load i16, ptr %908, align 2, !tbaa !11
  %910 = sext i16 %909 to i32
  %911 = icmp ne i32 %910, 0
  br i1 %911, label %937, label %912

912:                                              ; preds = %901
  %913 = load i8, ptr %9, align 1, !tbaa !18
  %914 = call signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext -9, i8 noundef signext %913) #8
  %915 = sext i8 %914 to i32
  %916 = load i8, ptr %9, align 1, !tbaa !18
  %917 = sext i8 %916 to i32
  %918 = call i32 @safe_mod_func_uint32_t_u_u(i32 noundef %915, i32 noundef %917) #8
  %919 = trunc i32 %918 to i16
  %920 = getelementptr inbounds [2 x i16], ptr %31, i64 0, i64 0
  %921 = load i16, ptr %920, align 2, !tbaa !11
  %922 = zext i16 %921 to i32
  %923 = call signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %919, i32 noundef %922) #8
  %924 = load i64, ptr %7, align 8, !tbaa !13
  %925 = icmp uge i64 %924, 59559
  %926 = zext i1 %925 to i32
  %927 = sext i32 %926 to i64
  %928 = load i64, ptr %7, align 8, !tbaa !13
  %929 = icmp uge i64 %927, %928
  %930 = zext i1 %929 to i32
  %931 = trunc i32 %930 to i16
  %932 = load ptr, ptr %42, align 8, !tbaa !9
  store i16 %931, ptr %932, align 2, !tbaa !11
  %933 = zext i16 %931 to i64
  %934 = load i64, ptr %79, align 8, !tbaa !13
  %935 = or i64 %933, %934
  %936 = icmp ne i64 %935, 0
  br label %937

937:                                              ; preds = %912, %901
  %938 = phi i1 [ true, %901 ], [ %936, %912 ]
  %939 = zext i1 %938 to i32
  %940 = sext i32 %939 to i64
  %941 = icmp sge i64 %940, 1909069436161563679
  %942 = zext i1 %941 to i32
  %943 = sext i32 %942 to i64
  %944 = icmp eq i64 %943, 2259093354
  %945 = zext i1 %944 to i32
  %946 = load i8, ptr %89, align 1, !tbaa !18
  %947 = sext i8 %946 to i16
  %948 = call zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %947, i32 noundef 8) #8
  %949 = zext i16 %948 to i32
  %950 = icmp ne i32 %949, 0
  br label %951

951:                                              ; preds = %937, %880
  %952 = phi i1 [ true, %880 ], [ %950, %937 ]
  %953 = zext i1 %952 to i32
  %954 = load i32, ptr %95, align 4, !tbaa !5
  %955 = or i32 %954, %953
  store i32 %955, ptr %95, align 4, !tbaa !5
  %956 = sext i32 %955 to i64
  %957 = xor i64 2508836936976943539, %956
  %958 = and i64 1, %957
  %959 = load i32, ptr %52, align 4, !tbaa !5
  %960 = sext i32 %959 to i64
  %961 = icmp uge i64 %960, -1694260757499069167
  %962 = zext i1 %961 to i32
  %963 = sext i32 %962 to i64
  %964 = getelementptr inbounds [5 x [9 x [2 x i32]]], ptr %91, i64 0, i64 2
  %965 = getelementptr inbounds [9 x [2 x i32]], ptr %964, i64 0, i64 6
  %966 = getelementptr inbounds [2 x i32], ptr %965, i64 0, i64 0
  %967 = load i32, ptr %966, align 16, !tbaa !5
  %968 = sext i32 %967 to i64
  %969 = call i64 @safe_sub_func_int64_t_s_s(i64 noundef %963, i64 noundef %968) #8
  %970 = trunc i64 %969 to i8
  %971 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %970, i32 noundef 4) #8
  %972 = zext i8 %971 to i64
  %973 = xor i64 %972, 37
  %974 = trunc i64 %973 to i8
  %975 = call signext i8 @safe_rshift_func_int8_t_s_u(i8 noundef signext %974, i32 noundef 7) #8
  %976 = sext i8 %975 to i16
  %977 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %976, i32 noundef 5) #8
  %978 = zext i16 %977 to i64
  %979 = icmp uge i64 %889, %978
  %980 = zext i1 %979 to i32
  store i32 %980, ptr %80, align 4, !tbaa !5
  %981 = load i32, ptr %12, align 4, !tbaa !5
  %982 = load i64, ptr %7, align 8, !tbaa !13
  %983 = icmp ugt i64 -7584964705643902457, %982
  %984 = zext i1 %983 to i32
  %985 = trunc i32 %984 to i8
  %986 = load ptr, ptr %96, align 8, !tbaa !9
  store i8 %985, ptr %986, align 1, !tbaa !18
  %987 = sext i8 %985 to i32
  %988 = load i32, ptr %97, align 4, !tbaa !5
  %989 = or i32 %988, %987
  store i32 %989, ptr %97, align 4, !tbaa !5
  %990 = trunc i32 %989 to i8
  %991 = load i8, ptr %9, align 1, !tbaa !18
  %992 = call signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %990, i8 noundef signext %991) #8
  %993 = sext i8 %992 to i32
  store i32 %993, ptr %90, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %100) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %99) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %98) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %97) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %96) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %95) #6
  call void @llvm.lifetime.end.p0(i64 80, ptr %94) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %93) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %92) #6
  call void @llvm.lifetime.end.p0(i64 360, ptr %91) #6
  br label %994

994:                                              ; preds = %951
  %995 = load i64, ptr @g_141, align 8, !tbaa !13
  %996 = add i64 %995, 1
  store i64 %996, ptr @g_141, align 8, !tbaa !13
  br label %877, !llvm.loop !64

997:                                              ; preds = %877
  call void @llvm.lifetime.end.p0(i64 4, ptr %90) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %89) #6
  br label %1006

998:                                              ; preds = %866
  %999 = load ptr, ptr %53, align 8, !tbaa !9
  %1000 = load ptr, ptr @g_1682, align 8, !tbaa !9
  store ptr %999, ptr %1000, align 8, !tbaa !9
  %1001 = icmp eq ptr %999, null
  %1002 = zext i1 %1001 to i32
  %1003 = getelementptr inbounds [1 x [3 x [4 x i32]]], ptr %33, i64 0, i64 0
  %1004 = getelementptr inbounds [3 x [4 x i32]], ptr %1003, i64 0, i64 0
  %1005 = getelementptr inbounds [4 x i32], ptr %1004, i64 0, i64 3
  store i32 %1002, ptr %1005, align 4, !tbaa !5
  br label %1006

1006:                                             ; preds = %998, %997
  %1007 = load i32, ptr %14, align 4, !tbaa !5
  %1008 = trunc i32 %1007 to i8
  %1009 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext 0, i8 noundef signext %1008) #8
  %1010 = sext i8 %1009 to i32
  %1011 = load i32, ptr %14, align 4, !tbaa !5
  %1012 = icmp ne i32 %1010, %1011
  %1013 = zext i1 %1012 to i32
  %1014 = trunc i32 %1013 to i16
  %1015 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %1014, i32 noundef 10) #8
  %1016 = sext i16 %1015 to i32
  %1017 = load i32, ptr %11, align 4, !tbaa !5
  %1018 = getelementptr inbounds [2 x [3 x [6 x ptr]]], ptr %81, i64 0, i64 0
  %1019 = getelementptr inbounds [3 x [6 x ptr]], ptr %1018, i64 0, i64 1
  %1020 = getelementptr inbounds [6 x ptr], ptr %1019, i64 0, i64 4
  %1021 = load ptr, ptr %1020, align 16, !tbaa !9
  %1022 = icmp eq ptr null, %1021
  %1023 = zext i1 %1022 to i32
  %1024 = load ptr, ptr @g_1178, align 8, !tbaa !9
  store i32 %1023, ptr %1024, align 4, !tbaa !5
  %1025 = load i32, ptr %80, align 4, !tbaa !5
  %1026 = icmp sgt i32 %1023, %1025
  %1027 = xor i1 %1026, true
  %1028 = zext i1 %1027 to i32
  %1029 = sext i32 %1028 to i64
  %1030 = icmp eq i64 2, %1029
  %1031 = zext i1 %1030 to i32
  %1032 = load i32, ptr %11, align 4, !tbaa !5
  %1033 = icmp sge i32 %1031, %1032
  %1034 = zext i1 %1033 to i32
  %1035 = and i32 %1016, %1034
  %1036 = trunc i32 %1035 to i16
  %1037 = call zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %1036, i32 noundef 7) #8
  %1038 = icmp ne i16 %1037, 0
  br i1 %1038, label %1039, label %1462

1039:                                             ; preds = %1006
  call void @llvm.lifetime.start.p0(i64 1, ptr %101) #6
  store i8 -1, ptr %101, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 4, ptr %102) #6
  store i32 1, ptr %102, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 12, ptr %103) #6
  call void @llvm.lifetime.start.p0(i64 2, ptr %104) #6
  store i16 -29458, ptr %104, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %105) #6
  store ptr null, ptr %105, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %106) #6
  store ptr @g_2216, ptr %106, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %107) #6
  store ptr @g_215, ptr %107, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %108) #6
  store i32 -1150836616, ptr %108, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %109) #6
  store i32 0, ptr %109, align 4, !tbaa !5
  br label %1040

1040:                                             ; preds = %1047, %1039
  %1041 = load i32, ptr %109, align 4, !tbaa !5
  %1042 = icmp slt i32 %1041, 3
  br i1 %1042, label %1043, label %1050

1043:                                             ; preds = %1040
  %1044 = load i32, ptr %109, align 4, !tbaa !5
  %1045 = sext i32 %1044 to i64
  %1046 = getelementptr inbounds [3 x i32], ptr %103, i64 0, i64 %1045
  store i32 -6, ptr %1046, align 4, !tbaa !5
  br label %1047

1047:                                             ; preds = %1043
  %1048 = load i32, ptr %109, align 4, !tbaa !5
  %1049 = add nsw i32 %1048, 1
  store i32 %1049, ptr %109, align 4, !tbaa !5
  br label %1040, !llvm.loop !65

1050:                                             ; preds = %1040
  %1051 = load i32, ptr %8, align 4, !tbaa !5
  %1052 = icmp ne i32 %1051, 0
  br i1 %1052, label %1053, label %1161

1053:                                             ; preds = %1050
  call void @llvm.lifetime.start.p0(i64 1, ptr %110) #6
  store i8 0, ptr %110, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 40, ptr %111) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %111, ptr align 16 @__const.func_17.l_3984, i64 40, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %112) #6
  %1054 = load i32, ptr %8, align 4, !tbaa !5
  %1055 = trunc i32 %1054 to i16
  %1056 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %1055, i32 noundef 13) #8
  %1057 = trunc i16 %1056 to i8
  %1058 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %1057, i32 noundef 3) #8
  %1059 = zext i8 %1058 to i32
  %1060 = load i32, ptr %11, align 4, !tbaa !5
  %1061 = trunc i32 %1060 to i8
  %1062 = load i64, ptr %79, align 8, !tbaa !13
  %1063 = trunc i64 %1062 to i16
  %1064 = load ptr, ptr %42, align 8, !tbaa !9
  store i16 %1063, ptr %1064, align 2, !tbaa !11
  %1065 = load ptr, ptr @g_1075, align 8, !tbaa !9
  %1066 = load ptr, ptr %1065, align 8, !tbaa !9
  %1067 = icmp ne ptr %1066, null
  %1068 = zext i1 %1067 to i32
  %1069 = sext i32 %1068 to i64
  %1070 = load i64, ptr %79, align 8, !tbaa !13
  %1071 = getelementptr inbounds [2 x ptr], ptr %15, i64 0, i64 1
  %1072 = load ptr, ptr %1071, align 8, !tbaa !9
  %1073 = load ptr, ptr %34, align 8, !tbaa !9
  %1074 = icmp eq ptr %1072, %1073
  %1075 = zext i1 %1074 to i32
  %1076 = load i16, ptr %10, align 2, !tbaa !11
  %1077 = sext i16 %1076 to i64
  %1078 = xor i64 %1070, %1077
  %1079 = icmp uge i64 %1069, %1078
  %1080 = zext i1 %1079 to i32
  %1081 = trunc i32 %1080 to i16
  %1082 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %1063, i16 noundef zeroext %1081) #8
  %1083 = zext i16 %1082 to i64
  %1084 = icmp sge i64 %1083, -4
  %1085 = zext i1 %1084 to i32
  %1086 = sext i32 %1085 to i64
  %1087 = load i8, ptr %110, align 1, !tbaa !18
  %1088 = sext i8 %1087 to i64
  %1089 = call i64 @safe_div_func_uint64_t_u_u(i64 noundef %1086, i64 noundef %1088) #8
  %1090 = icmp ne i64 %1089, 0
  br i1 %1090, label %1091, label %1095

1091:                                             ; preds = %1053
  %1092 = load i8, ptr %101, align 1, !tbaa !18
  %1093 = zext i8 %1092 to i32
  %1094 = icmp ne i32 %1093, 0
  br label %1095

1095:                                             ; preds = %1091, %1053
  %1096 = phi i1 [ false, %1053 ], [ %1094, %1091 ]
  %1097 = zext i1 %1096 to i32
  %1098 = sext i32 %1097 to i64
  %1099 = load i32, ptr %8, align 4, !tbaa !5
  %1100 = zext i32 %1099 to i64
  %1101 = call i64 @safe_add_func_uint64_t_u_u(i64 noundef %1098, i64 noundef %1100) #8
  %1102 = load i16, ptr %10, align 2, !tbaa !11
  %1103 = sext i16 %1102 to i64
  %1104 = xor i64 %1101, %1103
  %1105 = trunc i64 %1104 to i16
  %1106 = load ptr, ptr %34, align 8, !tbaa !9
  %1107 = load ptr, ptr %1106, align 8, !tbaa !9
  %1108 = load ptr, ptr %1107, align 8, !tbaa !9
  %1109 = load i32, ptr %1108, align 4, !tbaa !5
  %1110 = trunc i32 %1109 to i16
  %1111 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %1105, i16 noundef zeroext %1110) #8
  %1112 = zext i16 %1111 to i64
  %1113 = icmp eq i64 %1112, 0
  %1114 = zext i1 %1113 to i32
  %1115 = sext i32 %1114 to i64
  %1116 = load i32, ptr %52, align 4, !tbaa !5
  %1117 = sext i32 %1116 to i64
  %1118 = call i64 @safe_mod_func_int64_t_s_s(i64 noundef %1115, i64 noundef %1117) #8
  %1119 = trunc i64 %1118 to i8
  %1120 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %1061, i8 noundef zeroext %1119) #8
  %1121 = zext i8 %1120 to i32
  store i32 %1121, ptr %16, align 4, !tbaa !5
  %1122 = icmp ne i32 %1121, 0
  br i1 %1122, label %1123, label %1126

1123:                                             ; preds = %1095
  %1124 = load i32, ptr %8, align 4, !tbaa !5
  %1125 = icmp ne i32 %1124, 0
  br label %1126

1126:                                             ; preds = %1123, %1095
  %1127 = phi i1 [ false, %1095 ], [ %1125, %1123 ]
  %1128 = zext i1 %1127 to i32
  %1129 = sext i32 %1128 to i64
  %1130 = icmp slt i64 1765734000, %1129
  %1131 = zext i1 %1130 to i32
  %1132 = load i8, ptr %110, align 1, !tbaa !18
  %1133 = sext i8 %1132 to i32
  %1134 = icmp sge i32 %1131, %1133
  %1135 = zext i1 %1134 to i32
  %1136 = load i8, ptr %101, align 1, !tbaa !18
  %1137 = zext i8 %1136 to i32
  %1138 = icmp sle i32 %1135, %1137
  br i1 %1138, label %1140, label %1139

1139:                                             ; preds = %1126
  br label %1140

1140:                                             ; preds = %1139, %1126
  %1141 = phi i1 [ true, %1126 ], [ true, %1139 ]
  %1142 = zext i1 %1141 to i32
  %1143 = load i8, ptr %82, align 1, !tbaa !18
  %1144 = sext i8 %1143 to i16
  %1145 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %1144, i16 noundef signext 30089) #8
  %1146 = sext i16 %1145 to i32
  %1147 = icmp ne i32 %1146, 0
  br i1 %1147, label %1149, label %1148

1148:                                             ; preds = %1140
  br label %1149

1149:                                             ; preds = %1148, %1140
  %1150 = phi i1 [ true, %1140 ], [ true, %1148 ]
  %1151 = zext i1 %1150 to i32
  %1152 = sext i32 %1151 to i64
  %1153 = load i64, ptr %7, align 8, !tbaa !13
  %1154 = call i64 @safe_add_func_uint64_t_u_u(i64 noundef %1152, i64 noundef %1153) #8
  %1155 = icmp ugt i64 %1154, 150
  %1156 = zext i1 %1155 to i32
  %1157 = and i32 %1059, %1156
  %1158 = load ptr, ptr @g_3800, align 8, !tbaa !9
  %1159 = load i32, ptr %1158, align 4, !tbaa !5
  %1160 = and i32 %1159, %1157
  store i32 %1160, ptr %1158, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %112) #6
  call void @llvm.lifetime.end.p0(i64 40, ptr %111) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %110) #6
  br label %1207

1161:                                             ; preds = %1050
  call void @llvm.lifetime.start.p0(i64 4, ptr %113) #6
  store i32 0, ptr %113, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %114) #6
  store i32 67286100, ptr %114, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 32, ptr %115) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %116) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %117) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %118) #6
  store i32 0, ptr %116, align 4, !tbaa !5
  br label %1162

1162:                                             ; preds = %1191, %1161
  %1163 = load i32, ptr %116, align 4, !tbaa !5
  %1164 = icmp slt i32 %1163, 1
  br i1 %1164, label %1165, label %1194

1165:                                             ; preds = %1162
  store i32 0, ptr %117, align 4, !tbaa !5
  br label %1166

1166:                                             ; preds = %1187, %1165
  %1167 = load i32, ptr %117, align 4, !tbaa !5
  %1168 = icmp slt i32 %1167, 2
  br i1 %1168, label %1169, label %1190

1169:                                             ; preds = %1166
  store i32 0, ptr %118, align 4, !tbaa !5
  br label %1170

1170:                                             ; preds = %1183, %1169
  %1171 = load i32, ptr %118, align 4, !tbaa !5
  %1172 = icmp slt i32 %1171, 4
  br i1 %1172, label %1173, label %1186

1173:                                             ; preds = %1170
  %1174 = load i32, ptr %116, align 4, !tbaa !5
  %1175 = sext i32 %1174 to i64
  %1176 = getelementptr inbounds [1 x [2 x [4 x i32]]], ptr %115, i64 0, i64 %1175
  %1177 = load i32, ptr %117, align 4, !tbaa !5
  %1178 = sext i32 %1177 to i64
  %1179 = getelementptr inbounds [2 x [4 x i32]], ptr %1176, i64 0, i64 %1178
  %1180 = load i32, ptr %118, align 4, !tbaa !5
  %1181 = sext i32 %1180 to i64
  %1182 = getelementptr inbounds [4 x i32], ptr %1179, i64 0, i64 %1181
  store i32 -4, ptr %1182, align 4, !tbaa !5
  br label %1183

1183:                                             ; preds = %1173
  %1184 = load i32, ptr %118, align 4, !tbaa !5
  %1185 = add nsw i32 %1184, 1
  store i32 %1185, ptr %118, align 4, !tbaa !5
  br label %1170, !llvm.loop !66

1186:                                             ; preds = %1170
  br label %1187

1187:                                             ; preds = %1186
  %1188 = load i32, ptr %117, align 4, !tbaa !5
  %1189 = add nsw i32 %1188, 1
  store i32 %1189, ptr %117, align 4, !tbaa !5
  br label %1166, !llvm.loop !67

1190:                                             ; preds = %1166
  br label %1191

1191:                                             ; preds = %1190
  %1192 = load i32, ptr %116, align 4, !tbaa !5
  %1193 = add nsw i32 %1192, 1
  store i32 %1193, ptr %116, align 4, !tbaa !5
  br label %1162, !llvm.loop !68

1194:                                             ; preds = %1162
  %1195 = load i16, ptr %104, align 2, !tbaa !11
  %1196 = add i16 %1195, -1
  store i16 %1196, ptr %104, align 2, !tbaa !11
  store ptr %80, ptr %105, align 8, !tbaa !9
  %1197 = load volatile i8, ptr getelementptr inbounds ([3 x i8], ptr @g_3999, i64 0, i64 1), align 1, !tbaa !18
  %1198 = add i8 %1197, -1
  store volatile i8 %1198, ptr getelementptr inbounds ([3 x i8], ptr @g_3999, i64 0, i64 1), align 1, !tbaa !18
  %1199 = load ptr, ptr %105, align 8, !tbaa !9
  %1200 = load i32, ptr %1199, align 4, !tbaa !5
  %1201 = icmp ne i32 %1200, 0
  br i1 %1201, label %1202, label %1203

1202:                                             ; preds = %1194
  store i32 11, ptr %74, align 4
  br label %1204

1203:                                             ; preds = %1194
  store i32 0, ptr %74, align 4
  br label %1204

1204:                                             ; preds = %1203, %1202
  call void @llvm.lifetime.end.p0(i64 4, ptr %118) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %117) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %116) #6
  call void @llvm.lifetime.end.p0(i64 32, ptr %115) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %114) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %113) #6
  %1205 = load i32, ptr %74, align 4
  switch i32 %1205, label %1459 [
    i32 0, label %1206
  ]

1206:                                             ; preds = %1204
  br label %1207

1207:                                             ; preds = %1206, %1149
  %1208 = load ptr, ptr %18, align 8, !tbaa !9
  %1209 = load i64, ptr %7, align 8, !tbaa !13
  %1210 = load ptr, ptr %34, align 8, !tbaa !9
  %1211 = load ptr, ptr %1210, align 8, !tbaa !9
  %1212 = load ptr, ptr %1211, align 8, !tbaa !9
  %1213 = load i32, ptr %1212, align 4, !tbaa !5
  %1214 = load i32, ptr %8, align 4, !tbaa !5
  %1215 = trunc i32 %1214 to i16
  %1216 = getelementptr inbounds [3 x i32], ptr %103, i64 0, i64 2
  %1217 = load i32, ptr %1216, align 4, !tbaa !5
  %1218 = sext i32 %1217 to i64
  %1219 = load ptr, ptr %84, align 8, !tbaa !9
  %1220 = load ptr, ptr %106, align 8, !tbaa !9
  %1221 = icmp eq ptr %1219, %1220
  %1222 = zext i1 %1221 to i32
  %1223 = load i64, ptr %7, align 8, !tbaa !13
  %1224 = load ptr, ptr %107, align 8, !tbaa !9
  %1225 = load i16, ptr %1224, align 2, !tbaa !11
  %1226 = sext i16 %1225 to i64
  %1227 = and i64 %1226, -10
  %1228 = trunc i64 %1227 to i16
  store i16 %1228, ptr %1224, align 2, !tbaa !11
  %1229 = load i64, ptr %7, align 8, !tbaa !13
  %1230 = trunc i64 %1229 to i16
  %1231 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %1228, i16 noundef signext %1230) #8
  %1232 = sext i16 %1231 to i32
  store i32 %1232, ptr %55, align 4, !tbaa !5
  %1233 = load i32, ptr %108, align 4, !tbaa !5
  %1234 = icmp sle i32 %1222, %1233
  %1235 = zext i1 %1234 to i32
  %1236 = load i32, ptr %8, align 4, !tbaa !5
  %1237 = icmp ne i32 %1235, %1236
  %1238 = zext i1 %1237 to i32
  %1239 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef 614485116, i32 noundef -1) #8
  %1240 = sext i32 %1239 to i64
  %1241 = call i64 @safe_div_func_int64_t_s_s(i64 noundef %1218, i64 noundef %1240) #8
  %1242 = icmp sle i64 %1241, 3873991897
  %1243 = zext i1 %1242 to i32
  %1244 = trunc i32 %1243 to i16
  %1245 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %1244, i16 noundef signext -1) #8
  %1246 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %1215, i16 noundef signext %1245) #8
  %1247 = sext i16 %1246 to i32
  %1248 = load ptr, ptr %34, align 8, !tbaa !9
  %1249 = load ptr, ptr %1248, align 8, !tbaa !9
  %1250 = load ptr, ptr %1249, align 8, !tbaa !9
  %1251 = load i32, ptr %1250, align 4, !tbaa !5
  %1252 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %1247, i32 noundef %1251) #8
  %1253 = zext i32 %1252 to i64
  %1254 = xor i64 %1209, %1253
  %1255 = trunc i64 %1254 to i16
  %1256 = load i64, ptr %7, align 8, !tbaa !13
  %1257 = trunc i64 %1256 to i16
  %1258 = call zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext %1255, i16 noundef zeroext %1257) #8
  %1259 = zext i16 %1258 to i32
  %1260 = icmp sle i32 %1259, 2
  %1261 = zext i1 %1260 to i32
  %1262 = sext i32 %1261 to i64
  %1263 = icmp uge i64 %1262, 1
  %1264 = zext i1 %1263 to i32
  %1265 = load i16, ptr %10, align 2, !tbaa !11
  %1266 = sext i16 %1265 to i32
  %1267 = getelementptr inbounds [6 x [7 x i32]], ptr %83, i64 0, i64 0
  %1268 = getelementptr inbounds [7 x i32], ptr %1267, i64 0, i64 4
  %1269 = load i32, ptr %1268, align 16, !tbaa !5
  %1270 = icmp sle i32 %1266, %1269
  %1271 = zext i1 %1270 to i32
  %1272 = icmp eq ptr %1208, @g_399
  %1273 = zext i1 %1272 to i32
  %1274 = sext i32 %1273 to i64
  %1275 = icmp ne i64 %1274, 65527
  %1276 = zext i1 %1275 to i32
  %1277 = load ptr, ptr @g_1178, align 8, !tbaa !9
  %1278 = load i32, ptr %1277, align 4, !tbaa !5
  %1279 = or i32 %1278, %1276
  store i32 %1279, ptr %1277, align 4, !tbaa !5
  store i32 0, ptr @g_438, align 4, !tbaa !5
  br label %1280

1280:                                             ; preds = %1455, %1207
  %1281 = load i32, ptr @g_438, align 4, !tbaa !5
  %1282 = icmp ule i32 %1281, 1
  br i1 %1282, label %1283, label %1458

1283:                                             ; preds = %1280
  call void @llvm.lifetime.start.p0(i64 4, ptr %119) #6
  store i32 1, ptr %119, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %120) #6
  store i64 9, ptr %120, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 4, ptr %121) #6
  store i32 9, ptr %121, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %122) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %123) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %124) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %125) #6
  store i32 0, ptr %123, align 4, !tbaa !5
  br label %1284

1284:                                             ; preds = %1302, %1283
  %1285 = load i32, ptr %123, align 4, !tbaa !5
  %1286 = icmp slt i32 %1285, 1
  br i1 %1286, label %1287, label %1305

1287:                                             ; preds = %1284
  store i32 0, ptr %124, align 4, !tbaa !5
  br label %1288

1288:                                             ; preds = %1298, %1287
  %1289 = load i32, ptr %124, align 4, !tbaa !5
  %1290 = icmp slt i32 %1289, 1
  br i1 %1290, label %1291, label %1301

1291:                                             ; preds = %1288
  %1292 = load i32, ptr %123, align 4, !tbaa !5
  %1293 = sext i32 %1292 to i64
  %1294 = getelementptr inbounds [1 x [1 x ptr]], ptr %122, i64 0, i64 %1293
  %1295 = load i32, ptr %124, align 4, !tbaa !5
  %1296 = sext i32 %1295 to i64
  %1297 = getelementptr inbounds [1 x ptr], ptr %1294, i64 0, i64 %1296
  store ptr @g_161, ptr %1297, align 8, !tbaa !9
  br label %1298

1298:                                             ; preds = %1291
  %1299 = load i32, ptr %124, align 4, !tbaa !5
  %1300 = add nsw i32 %1299, 1
  store i32 %1300, ptr %124, align 4, !tbaa !5
  br label %1288, !llvm.loop !69

1301:                                             ; preds = %1288
  br label %1302

1302:                                             ; preds = %1301
  %1303 = load i32, ptr %123, align 4, !tbaa !5
  %1304 = add nsw i32 %1303, 1
  store i32 %1304, ptr %123, align 4, !tbaa !5
  br label %1284, !llvm.loop !70

1305:                                             ; preds = %1284
  %1306 = load i32, ptr @g_2981, align 4, !tbaa !5
  %1307 = zext i32 %1306 to i64
  %1308 = getelementptr inbounds [1 x [5 x [3 x i64]]], ptr @g_255, i64 0, i64 %1307
  %1309 = load i32, ptr @g_2981, align 4, !tbaa !5
  %1310 = add i32 %1309, 1
  %1311 = zext i32 %1310 to i64
  %1312 = getelementptr inbounds [5 x [3 x i64]], ptr %1308, i64 0, i64 %1311
  %1313 = load i32, ptr @g_438, align 4, !tbaa !5
  %1314 = zext i32 %1313 to i64
  %1315 = getelementptr inbounds [3 x i64], ptr %1312, i64 0, i64 %1314
  %1316 = load volatile i64, ptr %1315, align 8, !tbaa !13
  %1317 = xor i64 1, %1316
  %1318 = xor i64 %1317, -1
  %1319 = load i32, ptr %119, align 4, !tbaa !5
  %1320 = load i32, ptr %8, align 4, !tbaa !5
  %1321 = icmp ne i32 %1320, 0
  br i1 %1321, label %1322, label %1334

1322:                                             ; preds = %1305
  %1323 = load i64, ptr %7, align 8, !tbaa !13
  %1324 = and i64 %1323, 1
  %1325 = or i64 %1324, 4523292302682655167
  %1326 = trunc i64 %1325 to i16
  %1327 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %1326, i32 noundef 3) #8
  %1328 = zext i16 %1327 to i32
  %1329 = load i32, ptr %119, align 4, !tbaa !5
  %1330 = and i32 %1329, %1328
  store i32 %1330, ptr %119, align 4, !tbaa !5
  %1331 = load i16, ptr %10, align 2, !tbaa !11
  %1332 = sext i16 %1331 to i32
  %1333 = icmp ne i32 %1330, %1332
  br label %1334

1334:                                             ; preds = %1322, %1305
  %1335 = phi i1 [ false, %1305 ], [ %1333, %1322 ]
  %1336 = zext i1 %1335 to i32
  %1337 = sext i32 %1336 to i64
  %1338 = icmp ule i64 %1318, %1337
  %1339 = zext i1 %1338 to i32
  %1340 = sext i32 %1339 to i64
  %1341 = load i64, ptr %120, align 8, !tbaa !13
  %1342 = icmp ule i64 %1340, %1341
  %1343 = zext i1 %1342 to i32
  %1344 = load i32, ptr %121, align 4, !tbaa !5
  %1345 = xor i32 %1344, %1343
  store i32 %1345, ptr %121, align 4, !tbaa !5
  %1346 = load i64, ptr %54, align 8, !tbaa !13
  %1347 = trunc i64 %1346 to i8
  %1348 = load i32, ptr %80, align 4, !tbaa !5
  %1349 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %1347, i32 noundef %1348) #8
  %1350 = zext i8 %1349 to i32
  %1351 = load i16, ptr %10, align 2, !tbaa !11
  %1352 = sext i16 %1351 to i32
  %1353 = xor i32 %1352, -1
  %1354 = icmp sle i32 %1350, %1353
  %1355 = zext i1 %1354 to i32
  %1356 = trunc i32 %1355 to i16
  %1357 = load i64, ptr %7, align 8, !tbaa !13
  %1358 = icmp ne i64 %1357, 0
  br i1 %1358, label %1359, label %1425

1359:                                             ; preds = %1334
  %1360 = getelementptr inbounds [6 x [7 x i32]], ptr %83, i64 0, i64 0
  %1361 = getelementptr inbounds [7 x i32], ptr %1360, i64 0, i64 6
  %1362 = load i32, ptr %1361, align 8, !tbaa !5
  %1363 = load ptr, ptr @g_1074, align 8, !tbaa !9
  %1364 = load ptr, ptr %1363, align 8, !tbaa !9
  %1365 = load ptr, ptr %1364, align 8, !tbaa !9
  %1366 = icmp eq ptr %1365, null
  %1367 = zext i1 %1366 to i32
  %1368 = trunc i32 %1367 to i8
  store i8 1, ptr @g_3380, align 1, !tbaa !18
  %1369 = getelementptr inbounds [6 x [7 x i32]], ptr %83, i64 0, i64 0
  %1370 = getelementptr inbounds [7 x i32], ptr %1369, i64 0, i64 6
  %1371 = load i32, ptr %1370, align 8, !tbaa !5
  %1372 = or i32 1, %1371
  %1373 = trunc i32 %1372 to i16
  %1374 = load i8, ptr %82, align 1, !tbaa !18
  %1375 = sext i8 %1374 to i32
  %1376 = call zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %1373, i32 noundef %1375) #8
  %1377 = zext i16 %1376 to i32
  %1378 = load volatile i64, ptr @g_3060, align 4
  %1379 = shl i64 %1378, 41
  %1380 = ashr i64 %1379, 56
  %1381 = trunc i64 %1380 to i32
  %1382 = icmp sgt i32 %1377, %1381
  %1383 = zext i1 %1382 to i32
  %1384 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext -80, i32 noundef %1383) #8
  %1385 = sext i8 %1384 to i32
  %1386 = load i8, ptr %9, align 1, !tbaa !18
  %1387 = sext i8 %1386 to i32
  %1388 = or i32 %1387, %1385
  %1389 = trunc i32 %1388 to i8
  store i8 %1389, ptr %9, align 1, !tbaa !18
  %1390 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %1389, i32 noundef 2) #8
  %1391 = load i64, ptr @g_2574, align 4
  %1392 = shl i64 %1391, 22
  %1393 = ashr i64 %1392, 54
  %1394 = trunc i64 %1393 to i32
  %1395 = trunc i32 %1394 to i8
  %1396 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %1395, i8 noundef signext 1) #8
  %1397 = sext i8 %1396 to i32
  %1398 = load i32, ptr %80, align 4, !tbaa !5
  %1399 = icmp slt i32 %1397, %1398
  %1400 = zext i1 %1399 to i32
  %1401 = trunc i32 %1400 to i8
  %1402 = load i32, ptr %11, align 4, !tbaa !5
  %1403 = trunc i32 %1402 to i8
  %1404 = call signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %1401, i8 noundef signext %1403) #8
  %1405 = sext i8 %1404 to i16
  %1406 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %1405, i32 noundef 3) #8
  %1407 = sext i16 %1406 to i64
  %1408 = xor i64 %1407, 90
  %1409 = load i16, ptr %10, align 2, !tbaa !11
  %1410 = sext i16 %1409 to i64
  %1411 = icmp sge i64 %1408, %1410
  %1412 = zext i1 %1411 to i32
  %1413 = sext i32 %1412 to i64
  %1414 = load i64, ptr %7, align 8, !tbaa !13
  %1415 = xor i64 %1413, %1414
  %1416 = and i64 %1415, 1
  %1417 = load i64, ptr %7, align 8, !tbaa !13
  %1418 = or i64 %1416, %1417
  %1419 = trunc i64 %1418 to i8
  %1420 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %1368, i8 noundef zeroext %1419) #8
  %1421 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %1420, i32 noundef 4) #8
  %1422 = load i8, ptr %9, align 1, !tbaa !18
  %1423 = sext i8 %1422 to i32
  %1424 = icmp eq i32 %1362, %1423
  br label %1425

1425:                                             ; preds = %1359, %1334
  %1426 = phi i1 [ false, %1334 ], [ %1424, %1359 ]
  %1427 = zext i1 %1426 to i32
  %1428 = sext i32 %1427 to i64
  %1429 = or i64 %1428, 0
  %1430 = load i8, ptr @g_2518, align 1, !tbaa !18
  %1431 = sext i8 %1430 to i64
  %1432 = icmp eq i64 %1429, %1431
  %1433 = zext i1 %1432 to i32
  %1434 = load ptr, ptr @g_3800, align 8, !tbaa !9
  %1435 = load i32, ptr %1434, align 4, !tbaa !5
  %1436 = icmp slt i32 %1433, %1435
  %1437 = zext i1 %1436 to i32
  %1438 = trunc i32 %1437 to i8
  %1439 = load ptr, ptr @g_956, align 8, !tbaa !9
  %1440 = load ptr, ptr %1439, align 8, !tbaa !9
  store i8 %1438, ptr %1440, align 1, !tbaa !18
  %1441 = zext i8 %1438 to i32
  %1442 = icmp ne i32 %1441, 0
  br i1 %1442, label %1444, label %1443

1443:                                             ; preds = %1425
  br label %1444

1444:                                             ; preds = %1443, %1425
  %1445 = phi i1 [ true, %1425 ], [ true, %1443 ]
  %1446 = zext i1 %1445 to i32
  %1447 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %1356, i32 noundef %1446) #8
  %1448 = load ptr, ptr %34, align 8, !tbaa !9
  %1449 = load ptr, ptr %1448, align 8, !tbaa !9
  %1450 = load ptr, ptr %1449, align 8, !tbaa !9
  %1451 = load i32, ptr %1450, align 4, !tbaa !5
  %1452 = load ptr, ptr @g_115, align 8, !tbaa !9
  store i32 %1451, ptr %1452, align 4, !tbaa !5
  %1453 = load i8, ptr %9, align 1, !tbaa !18
  %1454 = sext i8 %1453 to i32
  store i32 %1454, ptr %6, align 4
  store i32 1, ptr %74, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %125) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %124) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %123) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %122) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %121) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %120) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %119) #6
  br label %1459

1455:                                             ; No predecessors!
  %1456 = load i32, ptr @g_438, align 4, !tbaa !5
  %1457 = add i32 %1456, 1
  store i32 %1457, ptr @g_438, align 4, !tbaa !5
  br label %1280, !llvm.loop !71

1458:                                             ; preds = %1280
  store i32 0, ptr %74, align 4
  br label %1459

1459:                                             ; preds = %1458, %1444, %1204
  call void @llvm.lifetime.end.p0(i64 4, ptr %109) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %108) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %107) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %106) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %105) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %104) #6
  call void @llvm.lifetime.end.p0(i64 12, ptr %103) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %102) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %101) #6
  %1460 = load i32, ptr %74, align 4
  switch i32 %1460, label %1625 [
    i32 0, label %1461
  ]

1461:                                             ; preds = %1459
  br label %1525

1462:                                             ; preds = %1006
  call void @llvm.lifetime.start.p0(i64 8, ptr %126) #6
  store i64 8, ptr %126, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 8, ptr %127) #6
  store ptr @g_1684, ptr %127, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %128) #6
  store ptr @g_3269, ptr %128, align 8, !tbaa !9
  %1463 = load ptr, ptr %20, align 8, !tbaa !9
  store ptr %1463, ptr @g_1682, align 8, !tbaa !9
  %1464 = icmp eq ptr %49, %1463
  %1465 = zext i1 %1464 to i32
  %1466 = icmp slt i32 0, %1465
  %1467 = zext i1 %1466 to i32
  %1468 = trunc i32 %1467 to i8
  %1469 = load volatile i32, ptr @g_4057, align 4, !tbaa !5
  %1470 = load i64, ptr %54, align 8, !tbaa !13
  %1471 = load volatile ptr, ptr @g_2146, align 8, !tbaa !9
  %1472 = load ptr, ptr %1471, align 8, !tbaa !9
  %1473 = icmp ne ptr null, %1472
  %1474 = zext i1 %1473 to i32
  %1475 = sext i32 %1474 to i64
  %1476 = icmp sgt i64 %1470, %1475
  %1477 = zext i1 %1476 to i32
  %1478 = trunc i32 %1477 to i8
  %1479 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %1468, i8 noundef signext %1478) #8
  %1480 = sext i8 %1479 to i32
  %1481 = load ptr, ptr %34, align 8, !tbaa !9
  %1482 = load ptr, ptr %1481, align 8, !tbaa !9
  %1483 = load ptr, ptr %1482, align 8, !tbaa !9
  store i32 %1480, ptr %1483, align 4, !tbaa !5
  %1484 = load ptr, ptr %37, align 8, !tbaa !9
  store ptr %1484, ptr %85, align 8, !tbaa !9
  %1485 = load ptr, ptr @g_3576, align 8, !tbaa !9
  store ptr %1485, ptr %22, align 8, !tbaa !9
  %1486 = icmp ne ptr %1484, %1485
  %1487 = zext i1 %1486 to i32
  %1488 = load i64, ptr %126, align 8, !tbaa !13
  %1489 = load ptr, ptr %20, align 8, !tbaa !9
  %1490 = load ptr, ptr %1489, align 8, !tbaa !9
  %1491 = load ptr, ptr %127, align 8, !tbaa !9
  %1492 = icmp eq ptr %1490, %1491
  %1493 = zext i1 %1492 to i32
  %1494 = trunc i32 %1493 to i8
  %1495 = load ptr, ptr %36, align 8, !tbaa !9
  %1496 = load ptr, ptr %1495, align 8, !tbaa !9
  %1497 = load ptr, ptr %1496, align 8, !tbaa !9
  %1498 = load ptr, ptr %1497, align 8, !tbaa !9
  store i8 %1494, ptr %1498, align 1, !tbaa !18
  %1499 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %1494, i32 noundef 5) #8
  %1500 = zext i8 %1499 to i32
  %1501 = load i32, ptr %8, align 4, !tbaa !5
  %1502 = load i32, ptr %80, align 4, !tbaa !5
  %1503 = icmp ule i32 %1501, %1502
  %1504 = zext i1 %1503 to i32
  %1505 = icmp sge i32 %1500, %1504
  %1506 = zext i1 %1505 to i32
  %1507 = sext i32 %1506 to i64
  %1508 = icmp eq i64 %1488, %1507
  %1509 = zext i1 %1508 to i32
  %1510 = sext i32 %1509 to i64
  %1511 = load ptr, ptr %23, align 8, !tbaa !9
  store ptr %1511, ptr %23, align 8, !tbaa !9
  %1512 = load volatile ptr, ptr @g_4069, align 8, !tbaa !9
  %1513 = icmp ne ptr %1511, %1512
  %1514 = zext i1 %1513 to i32
  %1515 = sext i32 %1514 to i64
  %1516 = load ptr, ptr %128, align 8, !tbaa !9
  store i64 %1515, ptr %1516, align 8, !tbaa !13
  %1517 = icmp sgt i64 %1510, %1515
  %1518 = zext i1 %1517 to i32
  %1519 = icmp eq i32 %1487, %1518
  %1520 = zext i1 %1519 to i32
  %1521 = load ptr, ptr @g_1178, align 8, !tbaa !9
  store i32 %1520, ptr %1521, align 4, !tbaa !5
  %1522 = load ptr, ptr %34, align 8, !tbaa !9
  %1523 = load ptr, ptr %1522, align 8, !tbaa !9
  %1524 = load ptr, ptr %1523, align 8, !tbaa !9
  store i32 %1520, ptr %1524, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 8, ptr %128) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %127) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %126) #6
  br label %1525

1525:                                             ; preds = %1462, %1461
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %1526

1526:                                             ; preds = %1621, %1525
  %1527 = load i32, ptr %12, align 4, !tbaa !5
  %1528 = icmp sle i32 %1527, 1
  br i1 %1528, label %1529, label %1624

1529:                                             ; preds = %1526
  call void @llvm.lifetime.start.p0(i64 4, ptr %129) #6
  store i32 1169753472, ptr %129, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %130) #6
  store ptr %57, ptr %130, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %131) #6
  store ptr getelementptr inbounds ([8 x i64], ptr getelementptr inbounds ([8 x [8 x i64]], ptr @g_128, i64 0, i64 7), i64 0, i64 5), ptr %131, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %132) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %133) #6
  %1530 = load i32, ptr %8, align 4, !tbaa !5
  %1531 = load i32, ptr %12, align 4, !tbaa !5
  %1532 = add nsw i32 %1531, 2
  %1533 = sext i32 %1532 to i64
  %1534 = getelementptr inbounds [7 x [2 x i16]], ptr @g_426, i64 0, i64 %1533
  %1535 = load i32, ptr %12, align 4, !tbaa !5
  %1536 = sext i32 %1535 to i64
  %1537 = getelementptr inbounds [2 x i16], ptr %1534, i64 0, i64 %1536
  %1538 = load i16, ptr %1537, align 2, !tbaa !11
  %1539 = add i16 %1538, 1
  store i16 %1539, ptr %1537, align 2, !tbaa !11
  %1540 = load i32, ptr %129, align 4, !tbaa !5
  %1541 = trunc i32 %1540 to i16
  %1542 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %1538, i16 noundef zeroext %1541) #8
  %1543 = load ptr, ptr %57, align 8, !tbaa !9
  %1544 = load ptr, ptr %130, align 8, !tbaa !9
  store ptr %1543, ptr %1544, align 8, !tbaa !9
  %1545 = icmp eq ptr %1543, null
  %1546 = zext i1 %1545 to i32
  %1547 = load i32, ptr %80, align 4, !tbaa !5
  %1548 = icmp sgt i32 %1546, %1547
  %1549 = zext i1 %1548 to i32
  %1550 = icmp ult i32 %1530, %1549
  %1551 = zext i1 %1550 to i32
  %1552 = getelementptr inbounds [5 x [8 x ptr]], ptr %58, i64 0, i64 0
  %1553 = getelementptr inbounds [8 x ptr], ptr %1552, i64 0, i64 1
  %1554 = load ptr, ptr %1553, align 8, !tbaa !9
  %1555 = icmp eq ptr @g_2414, %1554
  %1556 = zext i1 %1555 to i32
  %1557 = sext i32 %1556 to i64
  %1558 = load i8, ptr %9, align 1, !tbaa !18
  %1559 = sext i8 %1558 to i64
  %1560 = call i64 @safe_div_func_int64_t_s_s(i64 noundef %1557, i64 noundef %1559) #8
  %1561 = icmp sge i64 %1560, 1
  %1562 = zext i1 %1561 to i32
  %1563 = sext i32 %1562 to i64
  %1564 = and i64 %1563, 5255313284129911614
  %1565 = call i64 @safe_unary_minus_func_int64_t_s(i64 noundef %1564) #8
  %1566 = icmp ne i64 %1565, 0
  br i1 %1566, label %1567, label %1571

1567:                                             ; preds = %1529
  %1568 = load ptr, ptr @g_3800, align 8, !tbaa !9
  %1569 = load i32, ptr %1568, align 4, !tbaa !5
  %1570 = icmp ne i32 %1569, 0
  br label %1571

1571:                                             ; preds = %1567, %1529
  %1572 = phi i1 [ false, %1529 ], [ %1570, %1567 ]
  %1573 = zext i1 %1572 to i32
  %1574 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %1573, i32 noundef -1427908142) #8
  %1575 = xor i32 %1574, -1
  %1576 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_231, i32 0, i32 1), align 4
  %1577 = zext i8 %1576 to i32
  %1578 = trunc i32 %1577 to i8
  %1579 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext 2, i8 noundef signext %1578) #8
  %1580 = sext i8 %1579 to i64
  %1581 = load ptr, ptr %131, align 8, !tbaa !9
  store i64 %1580, ptr %1581, align 8, !tbaa !13
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %134, ptr align 4 @g_4098, i64 12, i1 true), !tbaa.struct !72
  %1582 = load i8, ptr %9, align 1, !tbaa !18
  %1583 = sext i8 %1582 to i32
  %1584 = getelementptr inbounds [6 x [7 x i32]], ptr %83, i64 0, i64 0
  %1585 = getelementptr inbounds [7 x i32], ptr %1584, i64 0, i64 4
  %1586 = load i32, ptr %1585, align 16, !tbaa !5
  %1587 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %1583, i32 noundef %1586) #8
  %1588 = icmp ne i32 %1587, 0
  br i1 %1588, label %1589, label %1600

1589:                                             ; preds = %1571
  %1590 = load i32, ptr @g_2981, align 4, !tbaa !5
  %1591 = zext i32 %1590 to i64
  %1592 = getelementptr inbounds [1 x [7 x i16]], ptr @g_2261, i64 0, i64 %1591
  %1593 = load i32, ptr @g_2981, align 4, !tbaa !5
  %1594 = add i32 %1593, 1
  %1595 = zext i32 %1594 to i64
  %1596 = getelementptr inbounds [7 x i16], ptr %1592, i64 0, i64 %1595
  %1597 = load i16, ptr %1596, align 2, !tbaa !11
  %1598 = sext i16 %1597 to i32
  %1599 = icmp ne i32 %1598, 0
  br label %1600

1600:                                             ; preds = %1589, %1571
  %1601 = phi i1 [ false, %1571 ], [ %1599, %1589 ]
  %1602 = zext i1 %1601 to i32
  %1603 = load i32, ptr %12, align 4, !tbaa !5
  %1604 = add nsw i32 %1603, 2
  %1605 = sext i32 %1604 to i64
  %1606 = getelementptr inbounds [7 x [2 x i16]], ptr @g_426, i64 0, i64 %1605
  %1607 = load i32, ptr %12, align 4, !tbaa !5
  %1608 = sext i32 %1607 to i64
  %1609 = getelementptr inbounds [2 x i16], ptr %1606, i64 0, i64 %1608
  %1610 = load i16, ptr %1609, align 2, !tbaa !11
  %1611 = zext i16 %1610 to i32
  %1612 = call i32 @safe_mod_func_int32_t_s_s(i32 noundef %1602, i32 noundef %1611) #8
  %1613 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext -1, i8 noundef signext -3) #8
  %1614 = sext i8 %1613 to i64
  %1615 = or i64 %1614, 7665591332641219290
  %1616 = xor i64 17100, %1615
  %1617 = trunc i64 %1616 to i32
  %1618 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext 16698, i32 noundef %1617) #8
  %1619 = sext i16 %1618 to i32
  %1620 = load ptr, ptr @g_1178, align 8, !tbaa !9
  store i32 %1619, ptr %1620, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %133) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %132) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %131) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %130) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %129) #6
  br label %1621

1621:                                             ; preds = %1600
  %1622 = load i32, ptr %12, align 4, !tbaa !5
  %1623 = add nsw i32 %1622, 1
  store i32 %1623, ptr %12, align 4, !tbaa !5
  br label %1526, !llvm.loop !73

1624:                                             ; preds = %1526
  store i32 0, ptr %74, align 4
  br label %1625

1625:                                             ; preds = %1624, %1459
  call void @llvm.lifetime.end.p0(i64 4, ptr %88) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %87) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %86) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %85) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %84) #6
  call void @llvm.lifetime.end.p0(i64 168, ptr %83) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %82) #6
  call void @llvm.lifetime.end.p0(i64 288, ptr %81) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %80) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %79) #6
  %1626 = load i32, ptr %74, align 4
  switch i32 %1626, label %1713 [
    i32 0, label %1627
  ]

1627:                                             ; preds = %1625
  br label %1628

1628:                                             ; preds = %1627, %865
  store i32 0, ptr @g_310, align 4, !tbaa !5
  br label %1629

1629:                                             ; preds = %1704, %1628
  %1630 = load i32, ptr @g_310, align 4, !tbaa !5
  %1631 = icmp slt i32 %1630, -19
  br i1 %1631, label %1632, label %1709

1632:                                             ; preds = %1629
  call void @llvm.lifetime.start.p0(i64 4, ptr %135) #6
  store i32 -1, ptr %135, align 4, !tbaa !5
  store i8 3, ptr %9, align 1, !tbaa !18
  br label %1633

1633:                                             ; preds = %1698, %1632
  %1634 = load i8, ptr %9, align 1, !tbaa !18
  %1635 = sext i8 %1634 to i32
  %1636 = icmp sge i32 %1635, 0
  br i1 %1636, label %1637, label %1703

1637:                                             ; preds = %1633
  call void @llvm.lifetime.start.p0(i64 4, ptr %136) #6
  store i32 1780248216, ptr %136, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %137) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %138) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %139) #6
  %1638 = icmp eq ptr %11, %16
  %1639 = zext i1 %1638 to i32
  %1640 = load i32, ptr @g_2981, align 4, !tbaa !5
  %1641 = zext i32 %1640 to i64
  %1642 = getelementptr inbounds [1 x [5 x [3 x i64]]], ptr @g_255, i64 0, i64 %1641
  %1643 = load i32, ptr @g_2981, align 4, !tbaa !5
  %1644 = add i32 %1643, 2
  %1645 = zext i32 %1644 to i64
  %1646 = getelementptr inbounds [5 x [3 x i64]], ptr %1642, i64 0, i64 %1645
  %1647 = load i32, ptr @g_2981, align 4, !tbaa !5
  %1648 = zext i32 %1647 to i64
  %1649 = getelementptr inbounds [3 x i64], ptr %1646, i64 0, i64 %1648
  %1650 = load volatile i64, ptr %1649, align 8, !tbaa !13
  %1651 = trunc i64 %1650 to i16
  %1652 = load i32, ptr %136, align 4, !tbaa !5
  %1653 = trunc i32 %1652 to i16
  %1654 = load i8, ptr %9, align 1, !tbaa !18
  %1655 = sext i8 %1654 to i16
  %1656 = call zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %1653, i16 noundef zeroext %1655) #8
  %1657 = zext i16 %1656 to i32
  %1658 = icmp ne i32 %1657, 0
  br i1 %1658, label %1659, label %1660

1659:                                             ; preds = %1637
  br label %1660

1660:                                             ; preds = %1659, %1637
  %1661 = phi i1 [ false, %1637 ], [ true, %1659 ]
  %1662 = zext i1 %1661 to i32
  %1663 = load i32, ptr %136, align 4, !tbaa !5
  %1664 = icmp ne ptr null, %11
  %1665 = zext i1 %1664 to i32
  %1666 = load i32, ptr %8, align 4, !tbaa !5
  %1667 = load i64, ptr %7, align 8, !tbaa !13
  %1668 = icmp ule i64 5, %1667
  %1669 = zext i1 %1668 to i32
  %1670 = trunc i32 %1669 to i16
  %1671 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %1670, i32 noundef 6) #8
  %1672 = sext i16 %1671 to i32
  %1673 = icmp sgt i32 %1662, %1672
  %1674 = zext i1 %1673 to i32
  %1675 = trunc i32 %1674 to i16
  %1676 = load i32, ptr %11, align 4, !tbaa !5
  %1677 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %1675, i32 noundef %1676) #8
  %1678 = sext i16 %1677 to i32
  %1679 = call i32 @safe_mod_func_uint32_t_u_u(i32 noundef %1678, i32 noundef -1) #8
  %1680 = zext i32 %1679 to i64
  %1681 = icmp ule i64 %1680, -6
  %1682 = zext i1 %1681 to i32
  %1683 = call zeroext i16 @safe_lshift_func_uint16_t_u_s(i16 noundef zeroext %1651, i32 noundef %1682) #8
  %1684 = zext i16 %1683 to i32
  %1685 = load ptr, ptr %34, align 8, !tbaa !9
  %1686 = load ptr, ptr %1685, align 8, !tbaa !9
  %1687 = load ptr, ptr %1686, align 8, !tbaa !9
  store i32 %1684, ptr %1687, align 4, !tbaa !5
  %1688 = load ptr, ptr @g_3800, align 8, !tbaa !9
  %1689 = load i32, ptr %1688, align 4, !tbaa !5
  %1690 = and i32 %1689, %1684
  store i32 %1690, ptr %1688, align 4, !tbaa !5
  %1691 = load i8, ptr %9, align 1, !tbaa !18
  %1692 = icmp ne i8 %1691, 0
  br i1 %1692, label %1693, label %1694

1693:                                             ; preds = %1660
  store i32 58, ptr %74, align 4
  br label %1695

1694:                                             ; preds = %1660
  store i32 0, ptr %74, align 4
  br label %1695

1695:                                             ; preds = %1694, %1693
  call void @llvm.lifetime.end.p0(i64 4, ptr %139) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %138) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %137) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %136) #6
  %1696 = load i32, ptr %74, align 4
  switch i32 %1696, label %1820 [
    i32 0, label %1697
    i32 58, label %1698
  ]

1697:                                             ; preds = %1695
  br label %1698

1698:                                             ; preds = %1697, %1695
  %1699 = load i8, ptr %9, align 1, !tbaa !18
  %1700 = sext i8 %1699 to i32
  %1701 = sub nsw i32 %1700, 1
  %1702 = trunc i32 %1701 to i8
  store i8 %1702, ptr %9, align 1, !tbaa !18
  br label %1633, !llvm.loop !74

1703:                                             ; preds = %1633
  call void @llvm.lifetime.end.p0(i64 4, ptr %135) #6
  br label %1704

1704:                                             ; preds = %1703
  %1705 = load i32, ptr @g_310, align 4, !tbaa !5
  %1706 = sext i32 %1705 to i64
  %1707 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %1706, i64 noundef 3) #8
  %1708 = trunc i64 %1707 to i32
  store i32 %1708, ptr @g_310, align 4, !tbaa !5
  br label %1629, !llvm.loop !75

1709:                                             ; preds = %1629
  %1710 = load i64, ptr %54, align 8, !tbaa !13
  %1711 = trunc i64 %1710 to i32
  %1712 = load ptr, ptr @g_115, align 8, !tbaa !9
  store i32 %1711, ptr %1712, align 4, !tbaa !5
  store i32 0, ptr %74, align 4
  br label %1713

1713:                                             ; preds = %1709, %1625, %863
  call void @llvm.lifetime.end.p0(i64 4, ptr %61) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %60) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %59) #6
  call void @llvm.lifetime.end.p0(i64 320, ptr %58) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %57) #6
  call void @llvm.lifetime.end.p0(i64 16, ptr %56) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %55) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %54) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %53) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %52) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %51) #6
  call void @llvm.lifetime.end.p0(i64 2016, ptr %50) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %49) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %48) #6
  call void @llvm.lifetime.end.p0(i64 1600, ptr %47) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %46) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %45) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %44) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %43) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %42) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %41) #6
  %1714 = load i32, ptr %74, align 4
  switch i32 %1714, label %1720 [
    i32 0, label %1715
    i32 11, label %1719
  ]

1715:                                             ; preds = %1713
  br label %1716

1716:                                             ; preds = %1715
  %1717 = load i32, ptr @g_2981, align 4, !tbaa !5
  %1718 = add i32 %1717, 1
  store i32 %1718, ptr @g_2981, align 4, !tbaa !5
  br label %176, !llvm.loop !76

1719:                                             ; preds = %1713, %176
  store i32 0, ptr %74, align 4
  br label %1720

1720:                                             ; preds = %1719, %1713
  call void @llvm.lifetime.end.p0(i64 4, ptr %40) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %39) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %38) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %37) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %36) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %35) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %34) #6
  call void @llvm.lifetime.end.p0(i64 48, ptr %33) #6
  call void @llvm.lifetime.end.p0(i64 1600, ptr %32) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %31) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %30) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %29) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %28) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %27) #6
  %1721 = load i32, ptr %74, align 4
  switch i32 %1721, label %1818 [
    i32 0, label %1722
  ]

1722:                                             ; preds = %1720
  br label %1723

1723:                                             ; preds = %1722
  %1724 = load i64, ptr @g_118, align 8, !tbaa !13
  %1725 = add i64 %1724, 1
  store i64 %1725, ptr @g_118, align 8, !tbaa !13
  br label %161, !llvm.loop !77

1726:                                             ; preds = %161
  store i64 0, ptr @g_3269, align 8, !tbaa !13
  br label %1727

1727:                                             ; preds = %1813, %1726
  %1728 = load i64, ptr @g_3269, align 8, !tbaa !13
  %1729 = icmp sgt i64 %1728, 29
  br i1 %1729, label %1730, label %1816

1730:                                             ; preds = %1727
  store i16 0, ptr @g_1331, align 2, !tbaa !11
  br label %1731

1731:                                             ; preds = %1807, %1730
  %1732 = load i16, ptr @g_1331, align 2, !tbaa !11
  %1733 = zext i16 %1732 to i32
  %1734 = icmp slt i32 %1733, 31
  br i1 %1734, label %1735, label %1812

1735:                                             ; preds = %1731
  call void @llvm.lifetime.start.p0(i64 108, ptr %140) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %140, ptr align 16 @__const.func_17.l_4126, i64 108, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %141) #6
  %1736 = getelementptr inbounds [2 x [9 x [6 x i16]]], ptr %19, i64 0, i64 1
  %1737 = getelementptr inbounds [9 x [6 x i16]], ptr %1736, i64 0, i64 1
  %1738 = getelementptr inbounds [6 x i16], ptr %1737, i64 0, i64 0
  store ptr %1738, ptr %141, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %142) #6
  store i32 -1, ptr %142, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %143) #6
  store ptr @g_2604, ptr %143, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %144) #6
  store ptr null, ptr %144, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %145) #6
  store ptr @g_3875, ptr %145, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %146) #6
  store i32 6, ptr %146, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %147) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %148) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %149) #6
  %1739 = load i32, ptr %11, align 4, !tbaa !5
  %1740 = load i32, ptr %11, align 4, !tbaa !5
  %1741 = sext i32 %1740 to i64
  %1742 = icmp ult i64 %1741, -1154567273820736594
  %1743 = zext i1 %1742 to i32
  %1744 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext 1, i32 noundef 3) #8
  %1745 = load i32, ptr %8, align 4, !tbaa !5
  %1746 = load i32, ptr %8, align 4, !tbaa !5
  %1747 = trunc i32 %1746 to i8
  %1748 = getelementptr inbounds [9 x [3 x [4 x i8]]], ptr %140, i64 0, i64 8
  %1749 = getelementptr inbounds [3 x [4 x i8]], ptr %1748, i64 0, i64 0
  %1750 = getelementptr inbounds [4 x i8], ptr %1749, i64 0, i64 3
  store i8 %1747, ptr %1750, align 1, !tbaa !18
  %1751 = sext i8 %1747 to i32
  %1752 = icmp uge i32 %1745, %1751
  %1753 = zext i1 %1752 to i32
  %1754 = load ptr, ptr @g_993, align 8, !tbaa !9
  %1755 = load i16, ptr %1754, align 2, !tbaa !11
  %1756 = zext i16 %1755 to i32
  %1757 = load ptr, ptr %141, align 8, !tbaa !9
  %1758 = load i16, ptr %1757, align 2, !tbaa !11
  %1759 = zext i16 %1758 to i32
  %1760 = and i32 %1759, %1756
  %1761 = trunc i32 %1760 to i16
  store i16 %1761, ptr %1757, align 2, !tbaa !11
  %1762 = load i32, ptr %142, align 4, !tbaa !5
  %1763 = load i32, ptr %11, align 4, !tbaa !5
  %1764 = sext i32 %1763 to i64
  %1765 = load i64, ptr %7, align 8, !tbaa !13
  %1766 = xor i64 %1764, %1765
  %1767 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %1766, i64 noundef 1308925987218568962) #8
  %1768 = icmp ne i64 %1767, 0
  br i1 %1768, label %1769, label %1772

1769:                                             ; preds = %1735
  %1770 = load i32, ptr %142, align 4, !tbaa !5
  %1771 = icmp ne i32 %1770, 0
  br label %1772

1772:                                             ; preds = %1769, %1735
  %1773 = phi i1 [ false, %1735 ], [ %1771, %1769 ]
  %1774 = zext i1 %1773 to i32
  %1775 = load i16, ptr %10, align 2, !tbaa !11
  %1776 = sext i16 %1775 to i32
  %1777 = icmp slt i32 %1762, %1776
  %1778 = zext i1 %1777 to i32
  %1779 = sext i32 %1778 to i64
  %1780 = load i64, ptr %7, align 8, !tbaa !13
  %1781 = and i64 %1779, %1780
  %1782 = load ptr, ptr %143, align 8, !tbaa !9
  %1783 = load i16, ptr %1782, align 2, !tbaa !11
  %1784 = sext i16 %1783 to i64
  %1785 = and i64 %1784, %1781
  %1786 = trunc i64 %1785 to i16
  store i16 %1786, ptr %1782, align 2, !tbaa !11
  %1787 = sext i16 %1786 to i32
  %1788 = load ptr, ptr %145, align 8, !tbaa !9
  %1789 = load i16, ptr %1788, align 2, !tbaa !11
  %1790 = sext i16 %1789 to i32
  %1791 = and i32 %1790, %1787
  %1792 = trunc i32 %1791 to i16
  store i16 %1792, ptr %1788, align 2, !tbaa !11
  %1793 = sext i16 %1792 to i32
  %1794 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %1761, i32 noundef %1793) #8
  %1795 = zext i16 %1794 to i32
  %1796 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef %1753, i32 noundef %1795) #8
  %1797 = and i32 %1743, %1796
  %1798 = sext i32 %1797 to i64
  %1799 = load i32, ptr %8, align 4, !tbaa !5
  %1800 = zext i32 %1799 to i64
  %1801 = call i64 @safe_div_func_uint64_t_u_u(i64 noundef %1798, i64 noundef %1800) #8
  %1802 = xor i64 %1801, 2223848865
  %1803 = trunc i64 %1802 to i32
  %1804 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %1739, i32 noundef %1803) #8
  %1805 = load i32, ptr %146, align 4, !tbaa !5
  %1806 = and i32 %1805, %1804
  store i32 %1806, ptr %146, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %149) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %148) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %147) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %146) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %145) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %144) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %143) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %142) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %141) #6
  call void @llvm.lifetime.end.p0(i64 108, ptr %140) #6
  br label %1807

1807:                                             ; preds = %1772
  %1808 = load i16, ptr @g_1331, align 2, !tbaa !11
  %1809 = zext i16 %1808 to i64
  %1810 = call i64 @safe_add_func_uint64_t_u_u(i64 noundef %1809, i64 noundef 7) #8
  %1811 = trunc i64 %1810 to i16
  store i16 %1811, ptr @g_1331, align 2, !tbaa !11
  br label %1731, !llvm.loop !78

1812:                                             ; preds = %1731
  br label %1813

1813:                                             ; preds = %1812
  %1814 = load i64, ptr @g_3269, align 8, !tbaa !13
  %1815 = add nsw i64 %1814, 1
  store i64 %1815, ptr @g_3269, align 8, !tbaa !13
  br label %1727, !llvm.loop !79

1816:                                             ; preds = %1727
  %1817 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %1817, ptr %6, align 4
  store i32 1, ptr %74, align 4
  br label %1818

1818:                                             ; preds = %1816, %1720
  call void @llvm.lifetime.end.p0(i64 4, ptr %26) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %25) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %24) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %23) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %22) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %21) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %20) #6
  call void @llvm.lifetime.end.p0(i64 216, ptr %19) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %18) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %17) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %16) #6
  call void @llvm.lifetime.end.p0(i64 16, ptr %15) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %14) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %13) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #6
  %1819 = load i32, ptr %6, align 4
  ret i32 %1819

1820:                                             ; preds = %1695
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2, !tbaa !11
  %8 = sext i16 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2, !tbaa !11
  %8 = sext i16 %7 to i32
  %9 = mul nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @func_29(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i16, align 2
  %14 = alloca i8, align 1
  %15 = alloca [9 x i32], align 16
  %16 = alloca ptr, align 8
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca ptr, align 8
  %20 = alloca ptr, align 8
  %21 = alloca i8, align 1
  %22 = alloca ptr, align 8
  %23 = alloca ptr, align 8
  %24 = alloca i8, align 1
  %25 = alloca i16, align 2
  %26 = alloca i32, align 4
  %27 = alloca ptr, align 8
  %28 = alloca ptr, align 8
  %29 = alloca i32, align 4
  %30 = alloca [4 x [3 x [9 x i64]]], align 16
  %31 = alloca i32, align 4
  %32 = alloca i32, align 4
  %33 = alloca [3 x i32], align 4
  %34 = alloca i32, align 4
  %35 = alloca ptr, align 8
  %36 = alloca [10 x ptr], align 16
  %37 = alloca [9 x [7 x [3 x ptr]]], align 16
  %38 = alloca ptr, align 8
  %39 = alloca [2 x i16], align 2
  %40 = alloca i8, align 1
  %41 = alloca i32, align 4
  %42 = alloca i32, align 4
  %43 = alloca i32, align 4
  %44 = alloca i32, align 4
  %45 = alloca ptr, align 8
  %46 = alloca ptr, align 8
  %47 = alloca ptr, align 8
  %48 = alloca ptr, align 8
  %49 = alloca ptr, align 8
  %50 = alloca [6 x [4 x i32]], align 16
  %51 = alloca i64, align 8
  %52 = alloca [1 x [5 x [9 x ptr]]], align 16
  %53 = alloca ptr, align 8
  %54 = alloca ptr, align 8
  %55 = alloca ptr, align 8
  %56 = alloca ptr, align 8
  %57 = alloca i32, align 4
  %58 = alloca i32, align 4
  %59 = alloca i32, align 4
  %60 = alloca i32, align 4
  %61 = alloca [1 x i32], align 4
  %62 = alloca i32, align 4
  %63 = alloca i32, align 4
  %64 = alloca i32, align 4
  %65 = alloca i32, align 4
  %66 = alloca i32, align 4
  %67 = alloca [9 x [2 x i64]], align 16
  %68 = alloca i16, align 2
  %69 = alloca i32, align 4
  %70 = alloca i32, align 4
  %71 = alloca [10 x i32], align 16
  %72 = alloca i32, align 4
  %73 = alloca i32, align 4
  %74 = alloca i32, align 4
  %75 = alloca i32, align 4
  %76 = alloca i32, align 4
  %77 = alloca [9 x i32], align 16
  %78 = alloca i8, align 1
  %79 = alloca i32, align 4
  %80 = alloca i32, align 4
  %81 = alloca i32, align 4
  %82 = alloca i32, align 4
  %83 = alloca i32, align 4
  %84 = alloca [3 x [8 x i32]], align 16
  %85 = alloca ptr, align 8
  %86 = alloca ptr, align 8
  %87 = alloca ptr, align 8
  %88 = alloca ptr, align 8
  %89 = alloca ptr, align 8
  %90 = alloca ptr, align 8
  %91 = alloca ptr, align 8
  %92 = alloca ptr, align 8
  %93 = alloca ptr, align 8
  %94 = alloca ptr, align 8
  %95 = alloca ptr, align 8
  %96 = alloca ptr, align 8
  %97 = alloca ptr, align 8
  %98 = alloca ptr, align 8
  %99 = alloca ptr, align 8
  %100 = alloca ptr, align 8
  %101 = alloca ptr, align 8
  %102 = alloca ptr, align 8
  %103 = alloca ptr, align 8
  %104 = alloca [1 x [7 x [4 x ptr]]], align 16
  %105 = alloca i32, align 4
  %106 = alloca i32, align 4
  %107 = alloca i32, align 4
  %108 = alloca i32, align 4
  %109 = alloca ptr, align 8
  %110 = alloca ptr, align 8
  %111 = alloca ptr, align 8
  %112 = alloca [1 x [4 x [3 x ptr]]], align 16
  %113 = alloca i32, align 4
  %114 = alloca i32, align 4
  %115 = alloca i32, align 4
  %116 = alloca i64, align 8
  %117 = alloca i32, align 4
  %118 = alloca i32, align 4
  %119 = alloca ptr, align 8
  %120 = alloca i32, align 4
  %121 = alloca i32, align 4
  %122 = alloca i32, align 4
  %123 = alloca i16, align 2
  %124 = alloca ptr, align 8
  %125 = alloca ptr, align 8
  %126 = alloca ptr, align 8
  %127 = alloca ptr, align 8
  %128 = alloca ptr, align 8
  %129 = alloca ptr, align 8
  %130 = alloca ptr, align 8
  %131 = alloca ptr, align 8
  %132 = alloca i32, align 4
  %133 = alloca ptr, align 8
  %134 = alloca ptr, align 8
  %135 = alloca ptr, align 8
  %136 = alloca ptr, align 8
  %137 = alloca [2 x [9 x [9 x ptr]]], align 16
  %138 = alloca i32, align 4
  %139 = alloca i32, align 4
  %140 = alloca i32, align 4
  %141 = alloca ptr, align 8
  %142 = alloca i32, align 4
  %143 = alloca i32, align 4
  %144 = alloca i32, align 4
  %145 = alloca [3 x i32], align 4
  %146 = alloca i32, align 4
  %147 = alloca i32, align 4
  %148 = alloca ptr, align 8
  %149 = alloca ptr, align 8
  %150 = alloca ptr, align 8
  %151 = alloca ptr, align 8
  %152 = alloca [3 x i8], align 1
  %153 = alloca [5 x i32], align 16
  %154 = alloca i32, align 4
  %155 = alloca i32, align 4
  %156 = alloca i32, align 4
  %157 = alloca i32, align 4
  %158 = alloca ptr, align 8
  %159 = alloca ptr, align 8
  %160 = alloca ptr, align 8
  %161 = alloca ptr, align 8
  %162 = alloca i32, align 4
  %163 = alloca [10 x ptr], align 16
  %164 = alloca i32, align 4
  %165 = alloca i32, align 4
  %166 = alloca i32, align 4
  store i64 %0, ptr %4, align 8, !tbaa !13
  store i32 %1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #6
  store ptr @g_40, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #6
  store i32 2066977552, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #6
  store ptr null, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #6
  store ptr @g_126, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %10) #6
  store i32 -185757829, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %11) #6
  store i32 -850023850, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #6
  store i32 3, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 2, ptr %13) #6
  store i16 27018, ptr %13, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 1, ptr %14) #6
  store i8 -1, ptr %14, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 36, ptr %15) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %15, ptr align 16 @__const.func_29.l_3630, i64 36, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %16) #6
  %167 = getelementptr inbounds [9 x i32], ptr %15, i64 0, i64 3
  store ptr %167, ptr %16, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %17) #6
  store ptr getelementptr inbounds ([4 x ptr], ptr getelementptr inbounds ([9 x [4 x ptr]], ptr getelementptr inbounds ([6 x [9 x [4 x ptr]]], ptr @g_1171, i64 0, i64 4), i64 0, i64 4), i64 0, i64 3), ptr %17, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %18) #6
  store ptr %17, ptr %18, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %19) #6
  store ptr @g_1014, ptr %19, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %20) #6
  store ptr @g_1074, ptr %20, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 1, ptr %21) #6
  store i8 63, ptr %21, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 8, ptr %22) #6
  store ptr @g_1258, ptr %22, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %23) #6
  store ptr null, ptr %23, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 1, ptr %24) #6
  store i8 9, ptr %24, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 2, ptr %25) #6
  store i16 8, ptr %25, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %26) #6
  br label %168

168:                                              ; preds = %800, %2
  %169 = load i64, ptr %4, align 8, !tbaa !13
  %170 = load i32, ptr %5, align 4, !tbaa !5
  %171 = load i32, ptr %5, align 4, !tbaa !5
  %172 = icmp ule i32 %170, %171
  %173 = zext i1 %172 to i32
  %174 = load i32, ptr %5, align 4, !tbaa !5
  %175 = icmp ne i32 %174, 0
  br i1 %175, label %203, label %176

176:                                              ; preds = %168
  %177 = load i32, ptr %5, align 4, !tbaa !5
  %178 = load i32, ptr %5, align 4, !tbaa !5
  %179 = call i64 @safe_unary_minus_func_int64_t_s(i64 noundef 0) #8
  %180 = load i32, ptr %5, align 4, !tbaa !5
  %181 = load i32, ptr %5, align 4, !tbaa !5
  %182 = zext i32 %181 to i64
  %183 = call i64 @safe_mod_func_uint64_t_u_u(i64 noundef 1, i64 noundef %182) #8
  %184 = trunc i64 %183 to i16
  %185 = load ptr, ptr %6, align 8, !tbaa !9
  store i16 %184, ptr %185, align 2, !tbaa !11
  %186 = sext i16 %184 to i64
  %187 = xor i64 %186, 14129
  %188 = xor i64 %187, 390217203
  %189 = load i64, ptr %4, align 8, !tbaa !13
  %190 = icmp sgt i64 %188, %189
  %191 = zext i1 %190 to i32
  %192 = xor i32 %191, -1
  %193 = load ptr, ptr @g_1178, align 8, !tbaa !9
  store i32 %192, ptr %193, align 4, !tbaa !5
  %194 = load i32, ptr %7, align 4, !tbaa !5
  %195 = call i32 @safe_mod_func_int32_t_s_s(i32 noundef %192, i32 noundef %194) #8
  %196 = and i32 %178, %195
  %197 = zext i32 %196 to i64
  %198 = xor i64 %197, 0
  %199 = load ptr, ptr %9, align 8, !tbaa !9
  store i64 %198, ptr %199, align 8, !tbaa !13
  %200 = icmp slt i64 %198, -8
  %201 = zext i1 %200 to i32
  %202 = icmp ne i32 %177, %201
  br label %203

203:                                              ; preds = %176, %168
  %204 = phi i1 [ true, %168 ], [ %202, %176 ]
  %205 = zext i1 %204 to i32
  %206 = trunc i32 %205 to i8
  %207 = call zeroext i8 @safe_div_func_uint8_t_u_u(i8 noundef zeroext %206, i8 noundef zeroext 4) #8
  %208 = zext i8 %207 to i32
  %209 = icmp ne i32 %208, 0
  br i1 %209, label %213, label %210

210:                                              ; preds = %203
  %211 = load i32, ptr %10, align 4, !tbaa !5
  %212 = icmp ne i32 %211, 0
  br label %213

213:                                              ; preds = %210, %203
  %214 = phi i1 [ true, %203 ], [ %212, %210 ]
  %215 = zext i1 %214 to i32
  %216 = load i32, ptr %10, align 4, !tbaa !5
  %217 = icmp sge i32 %215, %216
  %218 = zext i1 %217 to i32
  %219 = load i32, ptr %11, align 4, !tbaa !5
  %220 = or i32 %219, %218
  store i32 %220, ptr %11, align 4, !tbaa !5
  %221 = load ptr, ptr @g_992, align 8, !tbaa !9
  %222 = load ptr, ptr %221, align 8, !tbaa !9
  %223 = load i16, ptr %222, align 2, !tbaa !11
  %224 = zext i16 %223 to i32
  %225 = icmp sgt i32 %220, %224
  %226 = zext i1 %225 to i32
  %227 = load ptr, ptr @g_115, align 8, !tbaa !9
  store i32 %226, ptr %227, align 4, !tbaa !5
  store i32 %226, ptr %12, align 4, !tbaa !5
  store i32 27018, ptr %7, align 4, !tbaa !5
  store i32 13, ptr @g_267, align 4, !tbaa !5
  br label %228

228:                                              ; preds = %803, %213
  %229 = load i32, ptr @g_267, align 4, !tbaa !5
  %230 = icmp sgt i32 %229, -17
  br i1 %230, label %231, label %808

231:                                              ; preds = %228
  call void @llvm.lifetime.start.p0(i64 8, ptr %27) #6
  store ptr null, ptr %27, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %28) #6
  store ptr null, ptr %28, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %29) #6
  store i32 -9, ptr %29, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 864, ptr %30) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %30, ptr align 16 @__const.func_29.l_3627, i64 864, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %31) #6
  store i32 1779682809, ptr %31, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %32) #6
  store i32 -22519250, ptr %32, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 12, ptr %33) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %34) #6
  store i32 -380752211, ptr %34, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %35) #6
  store ptr getelementptr inbounds ([5 x ptr], ptr @g_294, i64 0, i64 2), ptr %35, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 80, ptr %36) #6
  store ptr %35, ptr %36, align 8, !tbaa !9
  %232 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr %35, ptr %232, align 8, !tbaa !9
  %233 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %35, ptr %233, align 8, !tbaa !9
  %234 = getelementptr inbounds ptr, ptr %36, i64 3
  store ptr %35, ptr %234, align 8, !tbaa !9
  %235 = getelementptr inbounds ptr, ptr %36, i64 4
  store ptr %35, ptr %235, align 8, !tbaa !9
  %236 = getelementptr inbounds ptr, ptr %36, i64 5
  store ptr %35, ptr %236, align 8, !tbaa !9
  %237 = getelementptr inbounds ptr, ptr %36, i64 6
  store ptr %35, ptr %237, align 8, !tbaa !9
  %238 = getelementptr inbounds ptr, ptr %36, i64 7
  store ptr %35, ptr %238, align 8, !tbaa !9
  %239 = getelementptr inbounds ptr, ptr %36, i64 8
  store ptr %35, ptr %239, align 8, !tbaa !9
  %240 = getelementptr inbounds ptr, ptr %36, i64 9
  store ptr %35, ptr %240, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 1512, ptr %37) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %37, ptr align 16 @__const.func_29.l_3708, i64 1512, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %38) #6
  store ptr @g_3752, ptr %38, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %39) #6
  call void @llvm.lifetime.start.p0(i64 1, ptr %40) #6
  store i8 59, ptr %40, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 4, ptr %41) #6
  store i32 -615124237, ptr %41, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %42) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %43) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %44) #6
  store i32 0, ptr %42, align 4, !tbaa !5
  br label %241

241:                                              ; preds = %248, %231
  %242 = load i32, ptr %42, align 4, !tbaa !5
  %243 = icmp slt i32 %242, 3
  br i1 %243, label %244, label %251

244:                                              ; preds = %241
  %245 = load i32, ptr %42, align 4, !tbaa !5
  %246 = sext i32 %245 to i64
  %247 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 %246
  store i32 -5, ptr %247, align 4, !tbaa !5
  br label %248

248:                                              ; preds = %244
  %249 = load i32, ptr %42, align 4, !tbaa !5
  %250 = add nsw i32 %249, 1
  store i32 %250, ptr %42, align 4, !tbaa !5
  br label %241, !llvm.loop !80

251:                                              ; preds = %241
  store i32 0, ptr %42, align 4, !tbaa !5
  br label %252

252:                                              ; preds = %259, %251
  %253 = load i32, ptr %42, align 4, !tbaa !5
  %254 = icmp slt i32 %253, 2
  br i1 %254, label %255, label %262

255:                                              ; preds = %252
  %256 = load i32, ptr %42, align 4, !tbaa !5
  %257 = sext i32 %256 to i64
  %258 = getelementptr inbounds [2 x i16], ptr %39, i64 0, i64 %257
  store i16 7, ptr %258, align 2, !tbaa !11
  br label %259

259:                                              ; preds = %255
  %260 = load i32, ptr %42, align 4, !tbaa !5
  %261 = add nsw i32 %260, 1
  store i32 %261, ptr %42, align 4, !tbaa !5
  br label %252, !llvm.loop !81

262:                                              ; preds = %252
  store i16 0, ptr @g_2604, align 2, !tbaa !11
  br label %263

263:                                              ; preds = %794, %262
  %264 = load i16, ptr @g_2604, align 2, !tbaa !11
  %265 = sext i16 %264 to i32
  %266 = icmp sle i32 %265, 1
  br i1 %266, label %267, label %799

267:                                              ; preds = %263
  call void @llvm.lifetime.start.p0(i64 8, ptr %45) #6
  store ptr %9, ptr %45, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %46) #6
  store ptr %45, ptr %46, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %47) #6
  store ptr @g_955, ptr %47, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %48) #6
  store ptr %47, ptr %48, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %49) #6
  store ptr %47, ptr %49, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 96, ptr %50) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %50, ptr align 16 @__const.func_29.l_3617, i64 96, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %51) #6
  store i64 7931131768522070524, ptr %51, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 360, ptr %52) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %52, ptr align 16 @__const.func_29.l_3690, i64 360, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %53) #6
  store ptr %35, ptr %53, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %54) #6
  store ptr getelementptr inbounds ([2 x ptr], ptr getelementptr inbounds ([10 x [2 x ptr]], ptr @g_1076, i64 0, i64 5), i64 0, i64 1), ptr %54, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %55) #6
  store ptr %54, ptr %55, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %56) #6
  store ptr %55, ptr %56, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %57) #6
  store i32 383277217, ptr %57, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %58) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %59) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %60) #6
  %268 = load ptr, ptr %46, align 8, !tbaa !9
  %269 = icmp eq ptr null, %268
  %270 = zext i1 %269 to i32
  %271 = load ptr, ptr %48, align 8, !tbaa !9
  %272 = load ptr, ptr %27, align 8, !tbaa !9
  store ptr %272, ptr %49, align 8, !tbaa !9
  store ptr %272, ptr @g_3576, align 8, !tbaa !9
  %273 = icmp ne ptr %271, %272
  %274 = zext i1 %273 to i32
  %275 = sext i32 %274 to i64
  %276 = icmp sgt i64 56222, %275
  %277 = zext i1 %276 to i32
  %278 = sext i32 %277 to i64
  %279 = icmp ne i64 %278, 121
  %280 = zext i1 %279 to i32
  %281 = trunc i32 %280 to i8
  %282 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext 1, i8 noundef signext %281) #8
  %283 = sext i8 %282 to i64
  %284 = icmp eq i64 %283, -1
  %285 = zext i1 %284 to i32
  %286 = load i32, ptr %5, align 4, !tbaa !5
  %287 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2083, i32 0, i32 1), align 4
  %288 = zext i8 %287 to i32
  %289 = call i32 @safe_mod_func_int32_t_s_s(i32 noundef %286, i32 noundef %288) #8
  %290 = icmp sge i32 %285, %289
  br i1 %290, label %291, label %731

291:                                              ; preds = %267
  call void @llvm.lifetime.start.p0(i64 4, ptr %61) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %62) #6
  store i32 4, ptr %62, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %63) #6
  store i32 0, ptr %63, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %64) #6
  store i32 -1752545316, ptr %64, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %65) #6
  store i32 -7, ptr %65, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %66) #6
  store i32 3, ptr %66, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 144, ptr %67) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %67, ptr align 16 @__const.func_29.l_3645, i64 144, i1 false)
  call void @llvm.lifetime.start.p0(i64 2, ptr %68) #6
  store i16 -10, ptr %68, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %69) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %70) #6
  store i32 0, ptr %69, align 4, !tbaa !5
  br label %292

292:                                              ; preds = %299, %291
  %293 = load i32, ptr %69, align 4, !tbaa !5
  %294 = icmp slt i32 %293, 1
  br i1 %294, label %295, label %302

295:                                              ; preds = %292
  %296 = load i32, ptr %69, align 4, !tbaa !5
  %297 = sext i32 %296 to i64
  %298 = getelementptr inbounds [1 x i32], ptr %61, i64 0, i64 %297
  store i32 9, ptr %298, align 4, !tbaa !5
  br label %299

299:                                              ; preds = %295
  %300 = load i32, ptr %69, align 4, !tbaa !5
  %301 = add nsw i32 %300, 1
  store i32 %301, ptr %69, align 4, !tbaa !5
  br label %292, !llvm.loop !82

302:                                              ; preds = %292
  store i64 0, ptr @g_254, align 8, !tbaa !13
  br label %303

303:                                              ; preds = %445, %302
  %304 = load i64, ptr @g_254, align 8, !tbaa !13
  %305 = icmp sle i64 %304, 1
  br i1 %305, label %306, label %448

306:                                              ; preds = %303
  call void @llvm.lifetime.start.p0(i64 40, ptr %71) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %71, ptr align 16 @__const.func_29.l_3607, i64 40, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %72) #6
  store i32 -117761694, ptr %72, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %73) #6
  store i32 -1, ptr %73, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %74) #6
  store i32 1880096493, ptr %74, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %75) #6
  store i32 1171131192, ptr %75, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %76) #6
  store i32 2078955675, ptr %76, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 36, ptr %77) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %77, ptr align 16 @__const.func_29.l_3636, i64 36, i1 false)
  call void @llvm.lifetime.start.p0(i64 1, ptr %78) #6
  store i8 -49, ptr %78, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 4, ptr %79) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %80) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %81) #6
  %307 = load volatile ptr, ptr @g_3580, align 8, !tbaa !9
  store ptr null, ptr %307, align 8, !tbaa !9
  %308 = load i32, ptr %11, align 4, !tbaa !5
  %309 = load ptr, ptr @g_992, align 8, !tbaa !9
  %310 = load ptr, ptr %309, align 8, !tbaa !9
  %311 = load i16, ptr %310, align 2, !tbaa !11
  %312 = zext i16 %311 to i32
  %313 = icmp sgt i32 %308, %312
  br i1 %313, label %314, label %376

314:                                              ; preds = %306
  call void @llvm.lifetime.start.p0(i64 4, ptr %82) #6
  store i32 1, ptr %82, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %83) #6
  store i32 1607318790, ptr %83, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 96, ptr %84) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %84, ptr align 16 @__const.func_29.l_3583, i64 96, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %85) #6
  store ptr @g_79, ptr %85, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %86) #6
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %86, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %87) #6
  store ptr @g_79, ptr %87, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %88) #6
  store ptr %82, ptr %88, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %89) #6
  store ptr %83, ptr %89, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %90) #6
  store ptr null, ptr %90, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %91) #6
  store ptr null, ptr %91, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %92) #6
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %92, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %93) #6
  store ptr @g_2983, ptr %93, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %94) #6
  store ptr @g_116, ptr %94, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %95) #6
  store ptr null, ptr %95, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %96) #6
  store ptr %7, ptr %96, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %97) #6
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %97, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %98) #6
  store ptr %83, ptr %98, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %99) #6
  store ptr @g_116, ptr %99, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %100) #6
  %315 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 1
  %316 = getelementptr inbounds [8 x i32], ptr %315, i64 0, i64 6
  store ptr %316, ptr %100, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %101) #6
  %317 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 0
  %318 = getelementptr inbounds [8 x i32], ptr %317, i64 0, i64 2
  store ptr %318, ptr %101, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %102) #6
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %102, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %103) #6
  store ptr null, ptr %103, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 224, ptr %104) #6
  store ptr @g_267, ptr %104, align 8, !tbaa !9
  %319 = getelementptr inbounds ptr, ptr %104, i64 1
  store ptr @g_267, ptr %319, align 8, !tbaa !9
  %320 = getelementptr inbounds ptr, ptr %104, i64 2
  %321 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %322 = getelementptr inbounds [8 x i32], ptr %321, i64 0, i64 2
  store ptr %322, ptr %320, align 8, !tbaa !9
  %323 = getelementptr inbounds ptr, ptr %104, i64 3
  %324 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %325 = getelementptr inbounds [8 x i32], ptr %324, i64 0, i64 2
  store ptr %325, ptr %323, align 8, !tbaa !9
  %326 = getelementptr inbounds [4 x ptr], ptr %104, i64 1
  store ptr @g_267, ptr %326, align 8, !tbaa !9
  %327 = getelementptr inbounds ptr, ptr %326, i64 1
  store ptr @g_267, ptr %327, align 8, !tbaa !9
  %328 = getelementptr inbounds ptr, ptr %326, i64 2
  %329 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %330 = getelementptr inbounds [8 x i32], ptr %329, i64 0, i64 2
  store ptr %330, ptr %328, align 8, !tbaa !9
  %331 = getelementptr inbounds ptr, ptr %326, i64 3
  %332 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %333 = getelementptr inbounds [8 x i32], ptr %332, i64 0, i64 2
  store ptr %333, ptr %331, align 8, !tbaa !9
  %334 = getelementptr inbounds [4 x ptr], ptr %104, i64 2
  store ptr @g_267, ptr %334, align 8, !tbaa !9
  %335 = getelementptr inbounds ptr, ptr %334, i64 1
  store ptr @g_267, ptr %335, align 8, !tbaa !9
  %336 = getelementptr inbounds ptr, ptr %334, i64 2
  %337 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %338 = getelementptr inbounds [8 x i32], ptr %337, i64 0, i64 2
  store ptr %338, ptr %336, align 8, !tbaa !9
  %339 = getelementptr inbounds ptr, ptr %334, i64 3
  %340 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %341 = getelementptr inbounds [8 x i32], ptr %340, i64 0, i64 2
  store ptr %341, ptr %339, align 8, !tbaa !9
  %342 = getelementptr inbounds [4 x ptr], ptr %104, i64 3
  store ptr @g_267, ptr %342, align 8, !tbaa !9
  %343 = getelementptr inbounds ptr, ptr %342, i64 1
  store ptr @g_267, ptr %343, align 8, !tbaa !9
  %344 = getelementptr inbounds ptr, ptr %342, i64 2
  %345 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %346 = getelementptr inbounds [8 x i32], ptr %345, i64 0, i64 2
  store ptr %346, ptr %344, align 8, !tbaa !9
  %347 = getelementptr inbounds ptr, ptr %342, i64 3
  %348 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %349 = getelementptr inbounds [8 x i32], ptr %348, i64 0, i64 2
  store ptr %349, ptr %347, align 8, !tbaa !9
  %350 = getelementptr inbounds [4 x ptr], ptr %104, i64 4
  store ptr @g_267, ptr %350, align 8, !tbaa !9
  %351 = getelementptr inbounds ptr, ptr %350, i64 1
  store ptr @g_267, ptr %351, align 8, !tbaa !9
  %352 = getelementptr inbounds ptr, ptr %350, i64 2
  %353 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %354 = getelementptr inbounds [8 x i32], ptr %353, i64 0, i64 2
  store ptr %354, ptr %352, align 8, !tbaa !9
  %355 = getelementptr inbounds ptr, ptr %350, i64 3
  %356 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %357 = getelementptr inbounds [8 x i32], ptr %356, i64 0, i64 2
  store ptr %357, ptr %355, align 8, !tbaa !9
  %358 = getelementptr inbounds [4 x ptr], ptr %104, i64 5
  store ptr @g_267, ptr %358, align 8, !tbaa !9
  %359 = getelementptr inbounds ptr, ptr %358, i64 1
  store ptr @g_267, ptr %359, align 8, !tbaa !9
  %360 = getelementptr inbounds ptr, ptr %358, i64 2
  %361 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %362 = getelementptr inbounds [8 x i32], ptr %361, i64 0, i64 2
  store ptr %362, ptr %360, align 8, !tbaa !9
  %363 = getelementptr inbounds ptr, ptr %358, i64 3
  %364 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %365 = getelementptr inbounds [8 x i32], ptr %364, i64 0, i64 2
  store ptr %365, ptr %363, align 8, !tbaa !9
  %366 = getelementptr inbounds [4 x ptr], ptr %104, i64 6
  store ptr @g_267, ptr %366, align 8, !tbaa !9
  %367 = getelementptr inbounds ptr, ptr %366, i64 1
  store ptr @g_267, ptr %367, align 8, !tbaa !9
  %368 = getelementptr inbounds ptr, ptr %366, i64 2
  %369 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %370 = getelementptr inbounds [8 x i32], ptr %369, i64 0, i64 2
  store ptr %370, ptr %368, align 8, !tbaa !9
  %371 = getelementptr inbounds ptr, ptr %366, i64 3
  %372 = getelementptr inbounds [3 x [8 x i32]], ptr %84, i64 0, i64 2
  %373 = getelementptr inbounds [8 x i32], ptr %372, i64 0, i64 2
  store ptr %373, ptr %371, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %105) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %106) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %107) #6
  %374 = load i8, ptr %14, align 1, !tbaa !18
  %375 = add i8 %374, -1
  store i8 %375, ptr %14, align 1, !tbaa !18
  call void @llvm.lifetime.end.p0(i64 4, ptr %107) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %106) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %105) #6
  call void @llvm.lifetime.end.p0(i64 224, ptr %104) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %103) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %102) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %101) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %100) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %99) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %98) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %97) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %96) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %95) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %94) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %93) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %92) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %91) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %90) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %89) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %88) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %87) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %86) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %85) #6
  call void @llvm.lifetime.end.p0(i64 96, ptr %84) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %83) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %82) #6
  br label %380

376:                                              ; preds = %306
  %377 = getelementptr inbounds [10 x i32], ptr %71, i64 0, i64 2
  %378 = load i32, ptr %377, align 8, !tbaa !5
  %379 = trunc i32 %378 to i16
  store i16 %379, ptr %3, align 2
  store i32 1, ptr %108, align 4
  br label %444

380:                                              ; preds = %314
  %381 = load i32, ptr %5, align 4, !tbaa !5
  %382 = load i64, ptr %4, align 8, !tbaa !13
  %383 = trunc i64 %382 to i32
  %384 = call signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext -2, i32 noundef %383) #8
  %385 = load i32, ptr %5, align 4, !tbaa !5
  %386 = trunc i32 %385 to i8
  %387 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %384, i8 noundef signext %386) #8
  %388 = sext i8 %387 to i32
  %389 = or i32 %381, %388
  store ptr null, ptr @g_3612, align 8, !tbaa !9
  %390 = load i32, ptr %12, align 4, !tbaa !5
  %391 = sext i32 %390 to i64
  %392 = xor i64 %391, -1
  %393 = trunc i64 %392 to i16
  %394 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %395 = getelementptr inbounds [4 x i32], ptr %394, i64 0, i64 2
  %396 = load i32, ptr %395, align 8, !tbaa !5
  %397 = trunc i32 %396 to i16
  %398 = load i32, ptr %72, align 4, !tbaa !5
  %399 = trunc i32 %398 to i16
  %400 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %397, i16 noundef zeroext %399) #8
  %401 = zext i16 %400 to i32
  store i32 %401, ptr %73, align 4, !tbaa !5
  %402 = load i32, ptr %10, align 4, !tbaa !5
  %403 = icmp sgt i32 %401, %402
  %404 = zext i1 %403 to i32
  %405 = sext i32 %404 to i64
  %406 = icmp ne i64 %405, 2
  %407 = zext i1 %406 to i32
  %408 = load ptr, ptr %6, align 8, !tbaa !9
  %409 = load i16, ptr %408, align 2, !tbaa !11
  %410 = sext i16 %409 to i32
  %411 = or i32 %410, %407
  %412 = trunc i32 %411 to i16
  store i16 %412, ptr %408, align 2, !tbaa !11
  %413 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %393, i16 noundef signext %412) #8
  %414 = sext i16 %413 to i64
  %415 = icmp sle i64 %414, 3507435400
  %416 = zext i1 %415 to i32
  %417 = icmp slt i32 0, %416
  br i1 %417, label %418, label %441

418:                                              ; preds = %380
  call void @llvm.lifetime.start.p0(i64 8, ptr %109) #6
  store ptr null, ptr %109, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %110) #6
  store ptr null, ptr %110, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %111) #6
  %419 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 0
  %420 = getelementptr inbounds [4 x i32], ptr %419, i64 0, i64 2
  store ptr %420, ptr %111, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 96, ptr %112) #6
  store ptr %11, ptr %112, align 8, !tbaa !9
  %421 = getelementptr inbounds ptr, ptr %112, i64 1
  store ptr %73, ptr %421, align 8, !tbaa !9
  %422 = getelementptr inbounds ptr, ptr %112, i64 2
  store ptr %11, ptr %422, align 8, !tbaa !9
  %423 = getelementptr inbounds [3 x ptr], ptr %112, i64 1
  store ptr %12, ptr %423, align 8, !tbaa !9
  %424 = getelementptr inbounds ptr, ptr %423, i64 1
  store ptr null, ptr %424, align 8, !tbaa !9
  %425 = getelementptr inbounds ptr, ptr %423, i64 2
  store ptr %12, ptr %425, align 8, !tbaa !9
  %426 = getelementptr inbounds [3 x ptr], ptr %112, i64 2
  store ptr %11, ptr %426, align 8, !tbaa !9
  %427 = getelementptr inbounds ptr, ptr %426, i64 1
  store ptr %73, ptr %427, align 8, !tbaa !9
  %428 = getelementptr inbounds ptr, ptr %426, i64 2
  store ptr %11, ptr %428, align 8, !tbaa !9
  %429 = getelementptr inbounds [3 x ptr], ptr %112, i64 3
  store ptr %12, ptr %429, align 8, !tbaa !9
  %430 = getelementptr inbounds ptr, ptr %429, i64 1
  store ptr null, ptr %430, align 8, !tbaa !9
  %431 = getelementptr inbounds ptr, ptr %429, i64 2
  store ptr %12, ptr %431, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %113) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %114) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %115) #6
  %432 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 1
  %433 = getelementptr inbounds [4 x i32], ptr %432, i64 0, i64 1
  %434 = load i32, ptr %433, align 4, !tbaa !5
  store i32 %434, ptr %73, align 4, !tbaa !5
  %435 = load i64, ptr %51, align 8, !tbaa !13
  %436 = add i64 %435, -1
  store i64 %436, ptr %51, align 8, !tbaa !13
  %437 = load i16, ptr %68, align 2, !tbaa !11
  %438 = add i16 %437, -1
  store i16 %438, ptr %68, align 2, !tbaa !11
  %439 = load i64, ptr %51, align 8, !tbaa !13
  %440 = trunc i64 %439 to i16
  store i16 %440, ptr %3, align 2
  store i32 1, ptr %108, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %115) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %114) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %113) #6
  call void @llvm.lifetime.end.p0(i64 96, ptr %112) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %111) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %110) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %109) #6
  br label %444

441:                                              ; preds = %380
  %442 = load i32, ptr %5, align 4, !tbaa !5
  %443 = trunc i32 %442 to i16
  store i16 %443, ptr %3, align 2
  store i32 1, ptr %108, align 4
  br label %444

444:                                              ; preds = %441, %418, %376
  call void @llvm.lifetime.end.p0(i64 4, ptr %81) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %80) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %79) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %78) #6
  call void @llvm.lifetime.end.p0(i64 36, ptr %77) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %76) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %75) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %74) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %73) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %72) #6
  call void @llvm.lifetime.end.p0(i64 40, ptr %71) #6
  br label %728

445:                                              ; No predecessors!
  %446 = load i64, ptr @g_254, align 8, !tbaa !13
  %447 = add nsw i64 %446, 1
  store i64 %447, ptr @g_254, align 8, !tbaa !13
  br label %303, !llvm.loop !83

448:                                              ; preds = %303
  store i32 1, ptr %32, align 4, !tbaa !5
  br label %449

449:                                              ; preds = %457, %448
  %450 = load i32, ptr %32, align 4, !tbaa !5
  %451 = icmp sge i32 %450, 0
  br i1 %451, label %452, label %460

452:                                              ; preds = %449
  %453 = load i64, ptr %4, align 8, !tbaa !13
  %454 = icmp ne i64 %453, 0
  br i1 %454, label %455, label %456

455:                                              ; preds = %452
  store i32 2, ptr %108, align 4
  br label %728

456:                                              ; preds = %452
  br label %457

457:                                              ; preds = %456
  %458 = load i32, ptr %32, align 4, !tbaa !5
  %459 = sub nsw i32 %458, 1
  store i32 %459, ptr %32, align 4, !tbaa !5
  br label %449, !llvm.loop !84

460:                                              ; preds = %449
  store i32 0, ptr %32, align 4, !tbaa !5
  br label %461

461:                                              ; preds = %724, %460
  %462 = load i32, ptr %32, align 4, !tbaa !5
  %463 = icmp sge i32 %462, 0
  br i1 %463, label %464, label %727

464:                                              ; preds = %461
  call void @llvm.lifetime.start.p0(i64 8, ptr %116) #6
  store i64 6, ptr %116, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 4, ptr %117) #6
  store i32 -1114218248, ptr %117, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %118) #6
  store i32 -7, ptr %118, align 4, !tbaa !5
  store i16 7, ptr @g_215, align 2, !tbaa !11
  br label %465

465:                                              ; preds = %484, %464
  %466 = load i16, ptr @g_215, align 2, !tbaa !11
  %467 = sext i16 %466 to i32
  %468 = icmp sge i32 %467, 0
  br i1 %468, label %469, label %489

469:                                              ; preds = %465
  call void @llvm.lifetime.start.p0(i64 8, ptr %119) #6
  store ptr @g_1612, ptr %119, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %120) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %121) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %122) #6
  %470 = load i32, ptr %32, align 4, !tbaa !5
  %471 = add nsw i32 %470, 1
  %472 = sext i32 %471 to i64
  %473 = getelementptr inbounds [2 x [5 x [8 x ptr]]], ptr @g_346, i64 0, i64 %472
  %474 = load i32, ptr %32, align 4, !tbaa !5
  %475 = add nsw i32 %474, 1
  %476 = sext i32 %475 to i64
  %477 = getelementptr inbounds [5 x [8 x ptr]], ptr %473, i64 0, i64 %476
  %478 = load i32, ptr %32, align 4, !tbaa !5
  %479 = add nsw i32 %478, 7
  %480 = sext i32 %479 to i64
  %481 = getelementptr inbounds [8 x ptr], ptr %477, i64 0, i64 %480
  %482 = load volatile ptr, ptr %481, align 8, !tbaa !9
  %483 = load ptr, ptr %119, align 8, !tbaa !9
  store volatile ptr %482, ptr %483, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 4, ptr %122) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %121) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %120) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %119) #6
  br label %484

484:                                              ; preds = %469
  %485 = load i16, ptr @g_215, align 2, !tbaa !11
  %486 = sext i16 %485 to i32
  %487 = sub nsw i32 %486, 1
  %488 = trunc i32 %487 to i16
  store i16 %488, ptr @g_215, align 2, !tbaa !11
  br label %465, !llvm.loop !85

489:                                              ; preds = %465
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %490

490:                                              ; preds = %717, %489
  %491 = load i32, ptr %12, align 4, !tbaa !5
  %492 = icmp sge i32 %491, 0
  br i1 %492, label %493, label %720

493:                                              ; preds = %490
  call void @llvm.lifetime.start.p0(i64 2, ptr %123) #6
  store i16 16778, ptr %123, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %124) #6
  store ptr null, ptr %124, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %125) #6
  store ptr %64, ptr %125, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %126) #6
  store ptr %7, ptr %126, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %127) #6
  store ptr %65, ptr %127, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %128) #6
  store ptr %65, ptr %128, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %129) #6
  store ptr @g_79, ptr %129, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %130) #6
  %494 = getelementptr inbounds [9 x i32], ptr %15, i64 0, i64 1
  store ptr %494, ptr %130, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %131) #6
  store ptr null, ptr %131, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %132) #6
  store i32 2131889612, ptr %132, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %133) #6
  %495 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 1
  %496 = getelementptr inbounds [4 x i32], ptr %495, i64 0, i64 3
  store ptr %496, ptr %133, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %134) #6
  store ptr null, ptr %134, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %135) #6
  store ptr @g_212, ptr %135, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %136) #6
  store ptr %64, ptr %136, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 1296, ptr %137) #6
  store ptr null, ptr %137, align 8, !tbaa !9
  %497 = getelementptr inbounds ptr, ptr %137, i64 1
  store ptr @g_79, ptr %497, align 8, !tbaa !9
  %498 = getelementptr inbounds ptr, ptr %137, i64 2
  store ptr %132, ptr %498, align 8, !tbaa !9
  %499 = getelementptr inbounds ptr, ptr %137, i64 3
  store ptr @g_2983, ptr %499, align 8, !tbaa !9
  %500 = getelementptr inbounds ptr, ptr %137, i64 4
  store ptr @g_79, ptr %500, align 8, !tbaa !9
  %501 = getelementptr inbounds ptr, ptr %137, i64 5
  store ptr null, ptr %501, align 8, !tbaa !9
  %502 = getelementptr inbounds ptr, ptr %137, i64 6
  store ptr @g_2983, ptr %502, align 8, !tbaa !9
  %503 = getelementptr inbounds ptr, ptr %137, i64 7
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %503, align 8, !tbaa !9
  %504 = getelementptr inbounds ptr, ptr %137, i64 8
  store ptr %31, ptr %504, align 8, !tbaa !9
  %505 = getelementptr inbounds [9 x ptr], ptr %137, i64 1
  %506 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 0
  %507 = getelementptr inbounds [4 x i32], ptr %506, i64 0, i64 3
  store ptr %507, ptr %505, align 8, !tbaa !9
  %508 = getelementptr inbounds ptr, ptr %505, i64 1
  store ptr null, ptr %508, align 8, !tbaa !9
  %509 = getelementptr inbounds ptr, ptr %505, i64 2
  %510 = getelementptr inbounds [9 x i32], ptr %15, i64 0, i64 1
  store ptr %510, ptr %509, align 8, !tbaa !9
  %511 = getelementptr inbounds ptr, ptr %505, i64 3
  store ptr %132, ptr %511, align 8, !tbaa !9
  %512 = getelementptr inbounds ptr, ptr %505, i64 4
  store ptr %63, ptr %512, align 8, !tbaa !9
  %513 = getelementptr inbounds ptr, ptr %505, i64 5
  store ptr null, ptr %513, align 8, !tbaa !9
  %514 = getelementptr inbounds ptr, ptr %505, i64 6
  store ptr %29, ptr %514, align 8, !tbaa !9
  %515 = getelementptr inbounds ptr, ptr %505, i64 7
  store ptr %132, ptr %515, align 8, !tbaa !9
  %516 = getelementptr inbounds ptr, ptr %505, i64 8
  store ptr null, ptr %516, align 8, !tbaa !9
  %517 = getelementptr inbounds [9 x ptr], ptr %137, i64 2
  store ptr %29, ptr %517, align 8, !tbaa !9
  %518 = getelementptr inbounds ptr, ptr %517, i64 1
  %519 = getelementptr inbounds [9 x i32], ptr %15, i64 0, i64 4
  store ptr %519, ptr %518, align 8, !tbaa !9
  %520 = getelementptr inbounds ptr, ptr %517, i64 2
  store ptr %7, ptr %520, align 8, !tbaa !9
  %521 = getelementptr inbounds ptr, ptr %517, i64 3
  store ptr %7, ptr %521, align 8, !tbaa !9
  %522 = getelementptr inbounds ptr, ptr %517, i64 4
  store ptr %32, ptr %522, align 8, !tbaa !9
  %523 = getelementptr inbounds ptr, ptr %517, i64 5
  %524 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 2
  store ptr %524, ptr %523, align 8, !tbaa !9
  %525 = getelementptr inbounds ptr, ptr %517, i64 6
  store ptr %132, ptr %525, align 8, !tbaa !9
  %526 = getelementptr inbounds ptr, ptr %517, i64 7
  store ptr %132, ptr %526, align 8, !tbaa !9
  %527 = getelementptr inbounds ptr, ptr %517, i64 8
  store ptr @g_212, ptr %527, align 8, !tbaa !9
  %528 = getelementptr inbounds [9 x ptr], ptr %137, i64 3
  %529 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %530 = getelementptr inbounds [4 x i32], ptr %529, i64 0, i64 2
  store ptr %530, ptr %528, align 8, !tbaa !9
  %531 = getelementptr inbounds ptr, ptr %528, i64 1
  %532 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %533 = getelementptr inbounds [4 x i32], ptr %532, i64 0, i64 2
  store ptr %533, ptr %531, align 8, !tbaa !9
  %534 = getelementptr inbounds ptr, ptr %528, i64 2
  store ptr @g_2983, ptr %534, align 8, !tbaa !9
  %535 = getelementptr inbounds ptr, ptr %528, i64 3
  store ptr %64, ptr %535, align 8, !tbaa !9
  %536 = getelementptr inbounds ptr, ptr %528, i64 4
  store ptr %64, ptr %536, align 8, !tbaa !9
  %537 = getelementptr inbounds ptr, ptr %528, i64 5
  store ptr %64, ptr %537, align 8, !tbaa !9
  %538 = getelementptr inbounds ptr, ptr %528, i64 6
  store ptr @g_2983, ptr %538, align 8, !tbaa !9
  %539 = getelementptr inbounds ptr, ptr %528, i64 7
  %540 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %541 = getelementptr inbounds [4 x i32], ptr %540, i64 0, i64 2
  store ptr %541, ptr %539, align 8, !tbaa !9
  %542 = getelementptr inbounds ptr, ptr %528, i64 8
  %543 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %544 = getelementptr inbounds [4 x i32], ptr %543, i64 0, i64 2
  store ptr %544, ptr %542, align 8, !tbaa !9
  %545 = getelementptr inbounds [9 x ptr], ptr %137, i64 4
  store ptr @g_79, ptr %545, align 8, !tbaa !9
  %546 = getelementptr inbounds ptr, ptr %545, i64 1
  store ptr null, ptr %546, align 8, !tbaa !9
  %547 = getelementptr inbounds ptr, ptr %545, i64 2
  store ptr %32, ptr %547, align 8, !tbaa !9
  %548 = getelementptr inbounds ptr, ptr %545, i64 3
  store ptr null, ptr %548, align 8, !tbaa !9
  %549 = getelementptr inbounds ptr, ptr %545, i64 4
  store ptr %132, ptr %549, align 8, !tbaa !9
  %550 = getelementptr inbounds ptr, ptr %545, i64 5
  %551 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 2
  store ptr %551, ptr %550, align 8, !tbaa !9
  %552 = getelementptr inbounds ptr, ptr %545, i64 6
  %553 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 0
  store ptr %553, ptr %552, align 8, !tbaa !9
  %554 = getelementptr inbounds ptr, ptr %545, i64 7
  store ptr @g_79, ptr %554, align 8, !tbaa !9
  %555 = getelementptr inbounds ptr, ptr %545, i64 8
  store ptr %29, ptr %555, align 8, !tbaa !9
  %556 = getelementptr inbounds [9 x ptr], ptr %137, i64 5
  store ptr @g_116, ptr %556, align 8, !tbaa !9
  %557 = getelementptr inbounds ptr, ptr %556, i64 1
  store ptr @g_267, ptr %557, align 8, !tbaa !9
  %558 = getelementptr inbounds ptr, ptr %556, i64 2
  store ptr %11, ptr %558, align 8, !tbaa !9
  %559 = getelementptr inbounds ptr, ptr %556, i64 3
  store ptr @g_116, ptr %559, align 8, !tbaa !9
  %560 = getelementptr inbounds ptr, ptr %556, i64 4
  %561 = getelementptr inbounds [9 x i32], ptr %15, i64 0, i64 8
  store ptr %561, ptr %560, align 8, !tbaa !9
  %562 = getelementptr inbounds ptr, ptr %556, i64 5
  %563 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %564 = getelementptr inbounds [4 x i32], ptr %563, i64 0, i64 0
  store ptr %564, ptr %562, align 8, !tbaa !9
  %565 = getelementptr inbounds ptr, ptr %556, i64 6
  store ptr %132, ptr %565, align 8, !tbaa !9
  %566 = getelementptr inbounds ptr, ptr %556, i64 7
  store ptr %11, ptr %566, align 8, !tbaa !9
  %567 = getelementptr inbounds ptr, ptr %556, i64 8
  %568 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 0
  store ptr %568, ptr %567, align 8, !tbaa !9
  %569 = getelementptr inbounds [9 x ptr], ptr %137, i64 6
  store ptr @g_79, ptr %569, align 8, !tbaa !9
  %570 = getelementptr inbounds ptr, ptr %569, i64 1
  store ptr %132, ptr %570, align 8, !tbaa !9
  %571 = getelementptr inbounds ptr, ptr %569, i64 2
  %572 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 0
  store ptr %572, ptr %571, align 8, !tbaa !9
  %573 = getelementptr inbounds ptr, ptr %569, i64 3
  %574 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 0
  store ptr %574, ptr %573, align 8, !tbaa !9
  %575 = getelementptr inbounds ptr, ptr %569, i64 4
  store ptr null, ptr %575, align 8, !tbaa !9
  %576 = getelementptr inbounds ptr, ptr %569, i64 5
  %577 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 0
  store ptr %577, ptr %576, align 8, !tbaa !9
  %578 = getelementptr inbounds ptr, ptr %569, i64 6
  store ptr %29, ptr %578, align 8, !tbaa !9
  %579 = getelementptr inbounds ptr, ptr %569, i64 7
  store ptr %31, ptr %579, align 8, !tbaa !9
  %580 = getelementptr inbounds ptr, ptr %569, i64 8
  store ptr %7, ptr %580, align 8, !tbaa !9
  %581 = getelementptr inbounds [9 x ptr], ptr %137, i64 7
  %582 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %583 = getelementptr inbounds [4 x i32], ptr %582, i64 0, i64 2
  store ptr %583, ptr %581, align 8, !tbaa !9
  %584 = getelementptr inbounds ptr, ptr %581, i64 1
  %585 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 0
  %586 = getelementptr inbounds [4 x i32], ptr %585, i64 0, i64 3
  store ptr %586, ptr %584, align 8, !tbaa !9
  %587 = getelementptr inbounds ptr, ptr %581, i64 2
  %588 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 0
  store ptr %588, ptr %587, align 8, !tbaa !9
  %589 = getelementptr inbounds ptr, ptr %581, i64 3
  store ptr %29, ptr %589, align 8, !tbaa !9
  %590 = getelementptr inbounds ptr, ptr %581, i64 4
  %591 = getelementptr inbounds [9 x i32], ptr %15, i64 0, i64 8
  store ptr %591, ptr %590, align 8, !tbaa !9
  %592 = getelementptr inbounds ptr, ptr %581, i64 5
  store ptr %62, ptr %592, align 8, !tbaa !9
  %593 = getelementptr inbounds ptr, ptr %581, i64 6
  store ptr %62, ptr %593, align 8, !tbaa !9
  %594 = getelementptr inbounds ptr, ptr %581, i64 7
  %595 = getelementptr inbounds [9 x i32], ptr %15, i64 0, i64 8
  store ptr %595, ptr %594, align 8, !tbaa !9
  %596 = getelementptr inbounds ptr, ptr %581, i64 8
  store ptr %29, ptr %596, align 8, !tbaa !9
  %597 = getelementptr inbounds [9 x ptr], ptr %137, i64 8
  store ptr null, ptr %597, align 8, !tbaa !9
  %598 = getelementptr inbounds ptr, ptr %597, i64 1
  store ptr %132, ptr %598, align 8, !tbaa !9
  %599 = getelementptr inbounds ptr, ptr %597, i64 2
  store ptr null, ptr %599, align 8, !tbaa !9
  %600 = getelementptr inbounds ptr, ptr %597, i64 3
  store ptr %64, ptr %600, align 8, !tbaa !9
  %601 = getelementptr inbounds ptr, ptr %597, i64 4
  store ptr %132, ptr %601, align 8, !tbaa !9
  %602 = getelementptr inbounds ptr, ptr %597, i64 5
  %603 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 0
  store ptr %603, ptr %602, align 8, !tbaa !9
  %604 = getelementptr inbounds ptr, ptr %597, i64 6
  store ptr null, ptr %604, align 8, !tbaa !9
  %605 = getelementptr inbounds ptr, ptr %597, i64 7
  store ptr null, ptr %605, align 8, !tbaa !9
  %606 = getelementptr inbounds ptr, ptr %597, i64 8
  store ptr %7, ptr %606, align 8, !tbaa !9
  %607 = getelementptr inbounds [9 x [9 x ptr]], ptr %137, i64 1
  store ptr %11, ptr %607, align 8, !tbaa !9
  %608 = getelementptr inbounds ptr, ptr %607, i64 1
  store ptr %29, ptr %608, align 8, !tbaa !9
  %609 = getelementptr inbounds ptr, ptr %607, i64 2
  store ptr %62, ptr %609, align 8, !tbaa !9
  %610 = getelementptr inbounds ptr, ptr %607, i64 3
  store ptr %62, ptr %610, align 8, !tbaa !9
  %611 = getelementptr inbounds ptr, ptr %607, i64 4
  store ptr %64, ptr %611, align 8, !tbaa !9
  %612 = getelementptr inbounds ptr, ptr %607, i64 5
  %613 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %614 = getelementptr inbounds [4 x i32], ptr %613, i64 0, i64 2
  store ptr %614, ptr %612, align 8, !tbaa !9
  %615 = getelementptr inbounds ptr, ptr %607, i64 6
  store ptr %11, ptr %615, align 8, !tbaa !9
  %616 = getelementptr inbounds ptr, ptr %607, i64 7
  store ptr %132, ptr %616, align 8, !tbaa !9
  %617 = getelementptr inbounds ptr, ptr %607, i64 8
  %618 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 0
  store ptr %618, ptr %617, align 8, !tbaa !9
  %619 = getelementptr inbounds [9 x ptr], ptr %607, i64 1
  store ptr null, ptr %619, align 8, !tbaa !9
  %620 = getelementptr inbounds ptr, ptr %619, i64 1
  store ptr null, ptr %620, align 8, !tbaa !9
  %621 = getelementptr inbounds ptr, ptr %619, i64 2
  store ptr %29, ptr %621, align 8, !tbaa !9
  %622 = getelementptr inbounds ptr, ptr %619, i64 3
  store ptr %64, ptr %622, align 8, !tbaa !9
  %623 = getelementptr inbounds ptr, ptr %619, i64 4
  store ptr %32, ptr %623, align 8, !tbaa !9
  %624 = getelementptr inbounds ptr, ptr %619, i64 5
  store ptr %132, ptr %624, align 8, !tbaa !9
  %625 = getelementptr inbounds ptr, ptr %619, i64 6
  store ptr null, ptr %625, align 8, !tbaa !9
  %626 = getelementptr inbounds ptr, ptr %619, i64 7
  store ptr null, ptr %626, align 8, !tbaa !9
  %627 = getelementptr inbounds ptr, ptr %619, i64 8
  store ptr %29, ptr %627, align 8, !tbaa !9
  %628 = getelementptr inbounds [9 x ptr], ptr %607, i64 2
  store ptr %62, ptr %628, align 8, !tbaa !9
  %629 = getelementptr inbounds ptr, ptr %628, i64 1
  store ptr %11, ptr %629, align 8, !tbaa !9
  %630 = getelementptr inbounds ptr, ptr %628, i64 2
  store ptr %64, ptr %630, align 8, !tbaa !9
  %631 = getelementptr inbounds ptr, ptr %628, i64 3
  store ptr %29, ptr %631, align 8, !tbaa !9
  %632 = getelementptr inbounds ptr, ptr %628, i64 4
  store ptr @g_116, ptr %632, align 8, !tbaa !9
  %633 = getelementptr inbounds ptr, ptr %628, i64 5
  store ptr @g_79, ptr %633, align 8, !tbaa !9
  %634 = getelementptr inbounds ptr, ptr %628, i64 6
  %635 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %636 = getelementptr inbounds [4 x i32], ptr %635, i64 0, i64 2
  store ptr %636, ptr %634, align 8, !tbaa !9
  %637 = getelementptr inbounds ptr, ptr %628, i64 7
  store ptr %132, ptr %637, align 8, !tbaa !9
  %638 = getelementptr inbounds ptr, ptr %628, i64 8
  %639 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %640 = getelementptr inbounds [4 x i32], ptr %639, i64 0, i64 2
  store ptr %640, ptr %638, align 8, !tbaa !9
  %641 = getelementptr inbounds [9 x ptr], ptr %607, i64 3
  store ptr %29, ptr %641, align 8, !tbaa !9
  %642 = getelementptr inbounds ptr, ptr %641, i64 1
  store ptr @g_2983, ptr %642, align 8, !tbaa !9
  %643 = getelementptr inbounds ptr, ptr %641, i64 2
  %644 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 0
  store ptr %644, ptr %643, align 8, !tbaa !9
  %645 = getelementptr inbounds ptr, ptr %641, i64 3
  %646 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 0
  store ptr %646, ptr %645, align 8, !tbaa !9
  %647 = getelementptr inbounds ptr, ptr %641, i64 4
  store ptr @g_2983, ptr %647, align 8, !tbaa !9
  %648 = getelementptr inbounds ptr, ptr %641, i64 5
  store ptr %29, ptr %648, align 8, !tbaa !9
  %649 = getelementptr inbounds ptr, ptr %641, i64 6
  store ptr @g_79, ptr %649, align 8, !tbaa !9
  %650 = getelementptr inbounds ptr, ptr %641, i64 7
  store ptr null, ptr %650, align 8, !tbaa !9
  %651 = getelementptr inbounds ptr, ptr %641, i64 8
  store ptr @g_212, ptr %651, align 8, !tbaa !9
  %652 = getelementptr inbounds [9 x ptr], ptr %607, i64 4
  store ptr %132, ptr %652, align 8, !tbaa !9
  %653 = getelementptr inbounds ptr, ptr %652, i64 1
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %653, align 8, !tbaa !9
  %654 = getelementptr inbounds ptr, ptr %652, i64 2
  store ptr %64, ptr %654, align 8, !tbaa !9
  %655 = getelementptr inbounds ptr, ptr %652, i64 3
  store ptr @g_116, ptr %655, align 8, !tbaa !9
  %656 = getelementptr inbounds ptr, ptr %652, i64 4
  store ptr @g_267, ptr %656, align 8, !tbaa !9
  %657 = getelementptr inbounds ptr, ptr %652, i64 5
  store ptr %11, ptr %657, align 8, !tbaa !9
  %658 = getelementptr inbounds ptr, ptr %652, i64 6
  store ptr @g_116, ptr %658, align 8, !tbaa !9
  %659 = getelementptr inbounds ptr, ptr %652, i64 7
  %660 = getelementptr inbounds [9 x i32], ptr %15, i64 0, i64 8
  store ptr %660, ptr %659, align 8, !tbaa !9
  %661 = getelementptr inbounds ptr, ptr %652, i64 8
  %662 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %663 = getelementptr inbounds [4 x i32], ptr %662, i64 0, i64 0
  store ptr %663, ptr %661, align 8, !tbaa !9
  %664 = getelementptr inbounds [9 x ptr], ptr %607, i64 5
  %665 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 0
  store ptr %665, ptr %664, align 8, !tbaa !9
  %666 = getelementptr inbounds ptr, ptr %664, i64 1
  store ptr @g_79, ptr %666, align 8, !tbaa !9
  %667 = getelementptr inbounds ptr, ptr %664, i64 2
  store ptr %29, ptr %667, align 8, !tbaa !9
  %668 = getelementptr inbounds ptr, ptr %664, i64 3
  store ptr null, ptr %668, align 8, !tbaa !9
  %669 = getelementptr inbounds ptr, ptr %664, i64 4
  %670 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %671 = getelementptr inbounds [4 x i32], ptr %670, i64 0, i64 2
  store ptr %671, ptr %669, align 8, !tbaa !9
  %672 = getelementptr inbounds ptr, ptr %664, i64 5
  store ptr %64, ptr %672, align 8, !tbaa !9
  %673 = getelementptr inbounds ptr, ptr %664, i64 6
  store ptr @g_79, ptr %673, align 8, !tbaa !9
  %674 = getelementptr inbounds ptr, ptr %664, i64 7
  store ptr %31, ptr %674, align 8, !tbaa !9
  %675 = getelementptr inbounds ptr, ptr %664, i64 8
  store ptr %64, ptr %675, align 8, !tbaa !9
  %676 = getelementptr inbounds [9 x ptr], ptr %607, i64 6
  store ptr @g_2983, ptr %676, align 8, !tbaa !9
  %677 = getelementptr inbounds ptr, ptr %676, i64 1
  %678 = getelementptr inbounds [9 x i32], ptr %15, i64 0, i64 8
  store ptr %678, ptr %677, align 8, !tbaa !9
  %679 = getelementptr inbounds ptr, ptr %676, i64 2
  store ptr %62, ptr %679, align 8, !tbaa !9
  %680 = getelementptr inbounds ptr, ptr %676, i64 3
  store ptr %64, ptr %680, align 8, !tbaa !9
  %681 = getelementptr inbounds ptr, ptr %676, i64 4
  store ptr %32, ptr %681, align 8, !tbaa !9
  %682 = getelementptr inbounds ptr, ptr %676, i64 5
  %683 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 1
  %684 = getelementptr inbounds [4 x i32], ptr %683, i64 0, i64 2
  store ptr %684, ptr %682, align 8, !tbaa !9
  %685 = getelementptr inbounds ptr, ptr %676, i64 6
  %686 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %687 = getelementptr inbounds [4 x i32], ptr %686, i64 0, i64 2
  store ptr %687, ptr %685, align 8, !tbaa !9
  %688 = getelementptr inbounds ptr, ptr %676, i64 7
  store ptr %11, ptr %688, align 8, !tbaa !9
  %689 = getelementptr inbounds ptr, ptr %676, i64 8
  store ptr @g_116, ptr %689, align 8, !tbaa !9
  %690 = getelementptr inbounds [9 x ptr], ptr %607, i64 7
  store ptr %132, ptr %690, align 8, !tbaa !9
  %691 = getelementptr inbounds ptr, ptr %690, i64 1
  store ptr @g_79, ptr %691, align 8, !tbaa !9
  %692 = getelementptr inbounds ptr, ptr %690, i64 2
  store ptr null, ptr %692, align 8, !tbaa !9
  %693 = getelementptr inbounds ptr, ptr %690, i64 3
  store ptr %7, ptr %693, align 8, !tbaa !9
  %694 = getelementptr inbounds ptr, ptr %690, i64 4
  store ptr null, ptr %694, align 8, !tbaa !9
  %695 = getelementptr inbounds ptr, ptr %690, i64 5
  store ptr %7, ptr %695, align 8, !tbaa !9
  %696 = getelementptr inbounds ptr, ptr %690, i64 6
  store ptr null, ptr %696, align 8, !tbaa !9
  %697 = getelementptr inbounds ptr, ptr %690, i64 7
  store ptr @g_79, ptr %697, align 8, !tbaa !9
  %698 = getelementptr inbounds ptr, ptr %690, i64 8
  store ptr %132, ptr %698, align 8, !tbaa !9
  %699 = getelementptr inbounds [9 x ptr], ptr %607, i64 8
  store ptr %29, ptr %699, align 8, !tbaa !9
  %700 = getelementptr inbounds ptr, ptr %699, i64 1
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %700, align 8, !tbaa !9
  %701 = getelementptr inbounds ptr, ptr %699, i64 2
  %702 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 0
  store ptr %702, ptr %701, align 8, !tbaa !9
  %703 = getelementptr inbounds ptr, ptr %699, i64 3
  store ptr @g_2983, ptr %703, align 8, !tbaa !9
  %704 = getelementptr inbounds ptr, ptr %699, i64 4
  store ptr %11, ptr %704, align 8, !tbaa !9
  %705 = getelementptr inbounds ptr, ptr %699, i64 5
  %706 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 1
  %707 = getelementptr inbounds [4 x i32], ptr %706, i64 0, i64 2
  store ptr %707, ptr %705, align 8, !tbaa !9
  %708 = getelementptr inbounds ptr, ptr %699, i64 6
  store ptr %11, ptr %708, align 8, !tbaa !9
  %709 = getelementptr inbounds ptr, ptr %699, i64 7
  %710 = getelementptr inbounds [6 x [4 x i32]], ptr %50, i64 0, i64 5
  %711 = getelementptr inbounds [4 x i32], ptr %710, i64 0, i64 2
  store ptr %711, ptr %709, align 8, !tbaa !9
  %712 = getelementptr inbounds ptr, ptr %699, i64 8
  store ptr %62, ptr %712, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %138) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %139) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %140) #6
  %713 = load i8, ptr @g_3669, align 1, !tbaa !18
  %714 = add i8 %713, 1
  store i8 %714, ptr @g_3669, align 1, !tbaa !18
  %715 = load i64, ptr %4, align 8, !tbaa !13
  %716 = trunc i64 %715 to i16
  store i16 %716, ptr %3, align 2
  store i32 1, ptr %108, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %140) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %139) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %138) #6
  call void @llvm.lifetime.end.p0(i64 1296, ptr %137) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %136) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %135) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %134) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %133) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %132) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %131) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %130) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %129) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %128) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %127) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %126) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %125) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %124) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %123) #6
  br label %721

717:                                              ; No predecessors!
  %718 = load i32, ptr %12, align 4, !tbaa !5
  %719 = sub nsw i32 %718, 1
  store i32 %719, ptr %12, align 4, !tbaa !5
  br label %490, !llvm.loop !86

720:                                              ; preds = %490
  store i32 0, ptr %108, align 4
  br label %721

721:                                              ; preds = %720, %493
  call void @llvm.lifetime.end.p0(i64 4, ptr %118) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %117) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %116) #6
  %722 = load i32, ptr %108, align 4
  switch i32 %722, label %728 [
    i32 0, label %723
  ]

723:                                              ; preds = %721
  br label %724

724:                                              ; preds = %723
  %725 = load i32, ptr %32, align 4, !tbaa !5
  %726 = sub nsw i32 %725, 1
  store i32 %726, ptr %32, align 4, !tbaa !5
  br label %461, !llvm.loop !87

727:                                              ; preds = %461
  store i32 0, ptr %108, align 4
  br label %728

728:                                              ; preds = %727, %721, %455, %444
  call void @llvm.lifetime.end.p0(i64 4, ptr %70) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %69) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %68) #6
  call void @llvm.lifetime.end.p0(i64 144, ptr %67) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %66) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %65) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %64) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %63) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %62) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %61) #6
  %729 = load i32, ptr %108, align 4
  switch i32 %729, label %791 [
    i32 0, label %730
  ]

730:                                              ; preds = %728
  br label %773

731:                                              ; preds = %267
  call void @llvm.lifetime.start.p0(i64 8, ptr %141) #6
  store ptr @g_1015, ptr %141, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %142) #6
  store i32 5, ptr %142, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %143) #6
  store i32 -1, ptr %143, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %144) #6
  store i32 -1, ptr %144, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 12, ptr %145) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %146) #6
  store i32 0, ptr %146, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %147) #6
  store i32 0, ptr %147, align 4, !tbaa !5
  br label %732

732:                                              ; preds = %739, %731
  %733 = load i32, ptr %147, align 4, !tbaa !5
  %734 = icmp slt i32 %733, 3
  br i1 %734, label %735, label %742

735:                                              ; preds = %732
  %736 = load i32, ptr %147, align 4, !tbaa !5
  %737 = sext i32 %736 to i64
  %738 = getelementptr inbounds [3 x i32], ptr %145, i64 0, i64 %737
  store i32 1637552328, ptr %738, align 4, !tbaa !5
  br label %739

739:                                              ; preds = %735
  %740 = load i32, ptr %147, align 4, !tbaa !5
  %741 = add nsw i32 %740, 1
  store i32 %741, ptr %147, align 4, !tbaa !5
  br label %732, !llvm.loop !88

742:                                              ; preds = %732
  store ptr %31, ptr %16, align 8, !tbaa !9
  store i8 0, ptr @g_161, align 1, !tbaa !18
  br label %743

743:                                              ; preds = %762, %742
  %744 = load i8, ptr @g_161, align 1, !tbaa !18
  %745 = sext i8 %744 to i32
  %746 = icmp sle i32 %745, 1
  br i1 %746, label %747, label %767

747:                                              ; preds = %743
  call void @llvm.lifetime.start.p0(i64 8, ptr %148) #6
  store ptr null, ptr %148, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %149) #6
  store ptr null, ptr %149, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %150) #6
  store ptr @g_2215, ptr %150, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %151) #6
  %748 = getelementptr inbounds [1 x [5 x [9 x ptr]]], ptr %52, i64 0, i64 0
  %749 = getelementptr inbounds [5 x [9 x ptr]], ptr %748, i64 0, i64 4
  %750 = getelementptr inbounds [9 x ptr], ptr %749, i64 0, i64 7
  store ptr %750, ptr %151, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 3, ptr %152) #6
  call void @llvm.lifetime.start.p0(i64 20, ptr %153) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %153, ptr align 16 @__const.func_29.l_3725, i64 20, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %154) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %155) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %156) #6
  store i32 0, ptr %154, align 4, !tbaa !5
  br label %751

751:                                              ; preds = %758, %747
  %752 = load i32, ptr %154, align 4, !tbaa !5
  %753 = icmp slt i32 %752, 3
  br i1 %753, label %754, label %761

754:                                              ; preds = %751
  %755 = load i32, ptr %154, align 4, !tbaa !5
  %756 = sext i32 %755 to i64
  %757 = getelementptr inbounds [3 x i8], ptr %152, i64 0, i64 %756
  store i8 -56, ptr %757, align 1, !tbaa !18
  br label %758

758:                                              ; preds = %754
  %759 = load i32, ptr %154, align 4, !tbaa !5
  %760 = add nsw i32 %759, 1
  store i32 %760, ptr %154, align 4, !tbaa !5
  br label %751, !llvm.loop !89

761:                                              ; preds = %751
  call void @llvm.lifetime.end.p0(i64 4, ptr %156) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %155) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %154) #6
  call void @llvm.lifetime.end.p0(i64 20, ptr %153) #6
  call void @llvm.lifetime.end.p0(i64 3, ptr %152) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %151) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %150) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %149) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %148) #6
  br label %762

762:                                              ; preds = %761
  %763 = load i8, ptr @g_161, align 1, !tbaa !18
  %764 = sext i8 %763 to i32
  %765 = add nsw i32 %764, 1
  %766 = trunc i32 %765 to i8
  store i8 %766, ptr @g_161, align 1, !tbaa !18
  br label %743, !llvm.loop !90

767:                                              ; preds = %743
  %768 = load i32, ptr %31, align 4, !tbaa !5
  %769 = load ptr, ptr @g_3612, align 8, !tbaa !9
  %770 = load ptr, ptr %769, align 8, !tbaa !9
  %771 = load ptr, ptr %770, align 8, !tbaa !9
  %772 = load ptr, ptr %771, align 8, !tbaa !9
  store i32 %768, ptr %772, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %147) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %146) #6
  call void @llvm.lifetime.end.p0(i64 12, ptr %145) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %144) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %143) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %142) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %141) #6
  br label %773

773:                                              ; preds = %767, %730
  store i32 1, ptr @g_212, align 4, !tbaa !5
  br label %774

774:                                              ; preds = %787, %773
  %775 = load i32, ptr @g_212, align 4, !tbaa !5
  %776 = icmp sge i32 %775, 0
  br i1 %776, label %777, label %790

777:                                              ; preds = %774
  call void @llvm.lifetime.start.p0(i64 4, ptr %157) #6
  store i32 -1, ptr %157, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %158) #6
  store ptr @g_1014, ptr %158, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %159) #6
  store ptr %47, ptr %159, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %160) #6
  store ptr %22, ptr %160, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %161) #6
  store ptr %160, ptr %161, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %162) #6
  store i32 1200042722, ptr %162, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 80, ptr %163) #6
  store ptr %45, ptr %163, align 8, !tbaa !9
  %778 = getelementptr inbounds ptr, ptr %163, i64 1
  store ptr %45, ptr %778, align 8, !tbaa !9
  %779 = getelementptr inbounds ptr, ptr %163, i64 2
  store ptr %45, ptr %779, align 8, !tbaa !9
  %780 = getelementptr inbounds ptr, ptr %163, i64 3
  store ptr %45, ptr %780, align 8, !tbaa !9
  %781 = getelementptr inbounds ptr, ptr %163, i64 4
  store ptr %45, ptr %781, align 8, !tbaa !9
  %782 = getelementptr inbounds ptr, ptr %163, i64 5
  store ptr %45, ptr %782, align 8, !tbaa !9
  %783 = getelementptr inbounds ptr, ptr %163, i64 6
  store ptr %45, ptr %783, align 8, !tbaa !9
  %784 = getelementptr inbounds ptr, ptr %163, i64 7
  store ptr %45, ptr %784, align 8, !tbaa !9
  %785 = getelementptr inbounds ptr, ptr %163, i64 8
  store ptr %45, ptr %785, align 8, !tbaa !9
  %786 = getelementptr inbounds ptr, ptr %163, i64 9
  store ptr %45, ptr %786, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %164) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %165) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %166) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %166) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %165) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %164) #6
  call void @llvm.lifetime.end.p0(i64 80, ptr %163) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %162) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %161) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %160) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %159) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %158) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %157) #6
  br label %787

787:                                              ; preds = %777
  %788 = load i32, ptr @g_212, align 4, !tbaa !5
  %789 = sub nsw i32 %788, 1
  store i32 %789, ptr @g_212, align 4, !tbaa !5
  br label %774, !llvm.loop !91

790:                                              ; preds = %774
  store i32 0, ptr %108, align 4
  br label %791

791:                                              ; preds = %790, %728
  call void @llvm.lifetime.end.p0(i64 4, ptr %60) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %59) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %58) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %57) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %56) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %55) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %54) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %53) #6
  call void @llvm.lifetime.end.p0(i64 360, ptr %52) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %51) #6
  call void @llvm.lifetime.end.p0(i64 96, ptr %50) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %49) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %48) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %47) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %46) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %45) #6
  %792 = load i32, ptr %108, align 4
  switch i32 %792, label %800 [
    i32 0, label %793
  ]

793:                                              ; preds = %791
  br label %794

794:                                              ; preds = %793
  %795 = load i16, ptr @g_2604, align 2, !tbaa !11
  %796 = sext i16 %795 to i32
  %797 = add nsw i32 %796, 1
  %798 = trunc i32 %797 to i16
  store i16 %798, ptr @g_2604, align 2, !tbaa !11
  br label %263, !llvm.loop !92

799:                                              ; preds = %263
  store i32 0, ptr %108, align 4
  br label %800

800:                                              ; preds = %799, %791
  call void @llvm.lifetime.end.p0(i64 4, ptr %44) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %43) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %42) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %41) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %40) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %39) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %38) #6
  call void @llvm.lifetime.end.p0(i64 1512, ptr %37) #6
  call void @llvm.lifetime.end.p0(i64 80, ptr %36) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %35) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %34) #6
  call void @llvm.lifetime.end.p0(i64 12, ptr %33) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %32) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %31) #6
  call void @llvm.lifetime.end.p0(i64 864, ptr %30) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %29) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %28) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %27) #6
  %801 = load i32, ptr %108, align 4
  switch i32 %801, label %811 [
    i32 0, label %802
    i32 2, label %168
  ]

802:                                              ; preds = %800
  br label %803

803:                                              ; preds = %802
  %804 = load i32, ptr @g_267, align 4, !tbaa !5
  %805 = trunc i32 %804 to i16
  %806 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %805, i16 noundef signext 2) #8
  %807 = sext i16 %806 to i32
  store i32 %807, ptr @g_267, align 4, !tbaa !5
  br label %228, !llvm.loop !93

808:                                              ; preds = %228
  %809 = load i32, ptr %5, align 4, !tbaa !5
  %810 = trunc i32 %809 to i16
  store i16 %810, ptr %3, align 2
  store i32 1, ptr %108, align 4
  br label %811

811:                                              ; preds = %808, %800
  call void @llvm.lifetime.end.p0(i64 4, ptr %26) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %25) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %24) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %23) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %22) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %21) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %20) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %19) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %18) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %17) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %16) #6
  call void @llvm.lifetime.end.p0(i64 36, ptr %15) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %14) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %13) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %11) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %10) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #6
  %812 = load i16, ptr %3, align 2
  ret i16 %812
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @func_32(i64 noundef %0, i32 noundef %1, i16 noundef signext %2, i32 noundef %3, i64 noundef %4) #0 {
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i16, align 2
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  %15 = alloca [5 x ptr], align 16
  %16 = alloca i8, align 1
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca ptr, align 8
  %20 = alloca i16, align 2
  %21 = alloca [5 x ptr], align 16
  %22 = alloca ptr, align 8
  %23 = alloca [9 x i32], align 16
  %24 = alloca i64, align 8
  %25 = alloca i32, align 4
  %26 = alloca i32, align 4
  %27 = alloca [7 x [2 x [9 x i32]]], align 16
  %28 = alloca [1 x i32], align 4
  %29 = alloca [6 x i8], align 1
  %30 = alloca [10 x [4 x [2 x ptr]]], align 16
  %31 = alloca [4 x [6 x [6 x ptr]]], align 16
  %32 = alloca i32, align 4
  %33 = alloca i32, align 4
  %34 = alloca i32, align 4
  %35 = alloca i32, align 4
  %36 = alloca [6 x ptr], align 16
  %37 = alloca [9 x [9 x i32]], align 16
  %38 = alloca ptr, align 8
  %39 = alloca i32, align 4
  %40 = alloca ptr, align 8
  %41 = alloca [9 x ptr], align 16
  %42 = alloca i32, align 4
  %43 = alloca i32, align 4
  %44 = alloca ptr, align 8
  %45 = alloca ptr, align 8
  %46 = alloca [5 x ptr], align 16
  %47 = alloca ptr, align 8
  %48 = alloca ptr, align 8
  %49 = alloca i32, align 4
  %50 = alloca i32, align 4
  %51 = alloca ptr, align 8
  %52 = alloca ptr, align 8
  %53 = alloca ptr, align 8
  %54 = alloca i32, align 4
  %55 = alloca ptr, align 8
  %56 = alloca ptr, align 8
  %57 = alloca i32, align 4
  %58 = alloca i32, align 4
  %59 = alloca i32, align 4
  %60 = alloca i32, align 4
  %61 = alloca ptr, align 8
  %62 = alloca i32, align 4
  %63 = alloca ptr, align 8
  %64 = alloca i32, align 4
  %65 = alloca i16, align 2
  %66 = alloca i32, align 4
  %67 = alloca ptr, align 8
  %68 = alloca ptr, align 8
  %69 = alloca i32, align 4
  store i64 %0, ptr %7, align 8, !tbaa !13
  store i32 %1, ptr %8, align 4, !tbaa !5
  store i16 %2, ptr %9, align 2, !tbaa !11
  store i32 %3, ptr %10, align 4, !tbaa !5
  store i64 %4, ptr %11, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #6
  store i32 1, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %13) #6
  store ptr @g_212, ptr %13, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %14) #6
  store i32 -8, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 40, ptr %15) #6
  call void @llvm.lifetime.start.p0(i64 1, ptr %16) #6
  store i8 -105, ptr %16, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 8, ptr %17) #6
  store ptr @g_2985, ptr %17, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %18) #6
  store ptr null, ptr %18, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %19) #6
  store ptr @g_2216, ptr %19, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 2, ptr %20) #6
  store i16 -1, ptr %20, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 40, ptr %21) #6
  call void @llvm.memset.p0.i64(ptr align 16 %21, i8 0, i64 40, i1 false)
  %70 = getelementptr inbounds [5 x ptr], ptr %21, i32 0, i32 0
  store ptr getelementptr (i8, ptr @g_1163, i64 24), ptr %70, align 16
  %71 = getelementptr inbounds [5 x ptr], ptr %21, i32 0, i32 1
  store ptr getelementptr (i8, ptr @g_1163, i64 24), ptr %71, align 8
  %72 = getelementptr inbounds [5 x ptr], ptr %21, i32 0, i32 2
  store ptr getelementptr (i8, ptr @g_1163, i64 24), ptr %72, align 16
  %73 = getelementptr inbounds [5 x ptr], ptr %21, i32 0, i32 3
  store ptr getelementptr (i8, ptr @g_1163, i64 24), ptr %73, align 8
  %74 = getelementptr inbounds [5 x ptr], ptr %21, i32 0, i32 4
  store ptr getelementptr (i8, ptr @g_1163, i64 24), ptr %74, align 16
  call void @llvm.lifetime.start.p0(i64 8, ptr %22) #6
  store ptr @g_956, ptr %22, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 36, ptr %23) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %23, ptr align 16 @__const.func_32.l_3513, i64 36, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %24) #6
  store i64 1, ptr %24, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 4, ptr %25) #6
  store i32 0, ptr %25, align 4, !tbaa !5
  br label %75

75:                                               ; preds = %82, %5
  %76 = load i32, ptr %25, align 4, !tbaa !5
  %77 = icmp slt i32 %76, 5
  br i1 %77, label %78, label %85

78:                                               ; preds = %75
  %79 = load i32, ptr %25, align 4, !tbaa !5
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [5 x ptr], ptr %15, i64 0, i64 %80
  store ptr @g_212, ptr %81, align 8, !tbaa !9
  br label %82

82:                                               ; preds = %78
  %83 = load i32, ptr %25, align 4, !tbaa !5
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %25, align 4, !tbaa !5
  br label %75, !llvm.loop !94

85:                                               ; preds = %75
  br label %86

86:                                               ; preds = %840, %596, %85
  %87 = load i8, ptr %16, align 1, !tbaa !18
  %88 = add i8 %87, 1
  store i8 %88, ptr %16, align 1, !tbaa !18
  %89 = load volatile ptr, ptr @g_1654, align 8, !tbaa !9
  %90 = load ptr, ptr %89, align 8, !tbaa !9
  %91 = load i32, ptr %90, align 4, !tbaa !5
  %92 = icmp ne i32 %91, 0
  br i1 %92, label %93, label %599

93:                                               ; preds = %86
  call void @llvm.lifetime.start.p0(i64 4, ptr %26) #6
  store i32 -884890191, ptr %26, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 504, ptr %27) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %27, ptr align 16 @__const.func_32.l_3429, i64 504, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %28) #6
  call void @llvm.lifetime.start.p0(i64 6, ptr %29) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %29, ptr align 1 @__const.func_32.l_3454, i64 6, i1 false)
  call void @llvm.lifetime.start.p0(i64 640, ptr %30) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %30, ptr align 16 @__const.func_32.l_3471, i64 640, i1 false)
  call void @llvm.lifetime.start.p0(i64 1152, ptr %31) #6
  store ptr %14, ptr %31, align 8, !tbaa !9
  %94 = getelementptr inbounds ptr, ptr %31, i64 1
  store ptr null, ptr %94, align 8, !tbaa !9
  %95 = getelementptr inbounds ptr, ptr %31, i64 2
  store ptr @g_116, ptr %95, align 8, !tbaa !9
  %96 = getelementptr inbounds ptr, ptr %31, i64 3
  store ptr @g_267, ptr %96, align 8, !tbaa !9
  %97 = getelementptr inbounds ptr, ptr %31, i64 4
  store ptr %14, ptr %97, align 8, !tbaa !9
  %98 = getelementptr inbounds ptr, ptr %31, i64 5
  store ptr @g_212, ptr %98, align 8, !tbaa !9
  %99 = getelementptr inbounds [6 x ptr], ptr %31, i64 1
  store ptr %14, ptr %99, align 8, !tbaa !9
  %100 = getelementptr inbounds ptr, ptr %99, i64 1
  store ptr null, ptr %100, align 8, !tbaa !9
  %101 = getelementptr inbounds ptr, ptr %99, i64 2
  store ptr @g_79, ptr %101, align 8, !tbaa !9
  %102 = getelementptr inbounds ptr, ptr %99, i64 3
  store ptr null, ptr %102, align 8, !tbaa !9
  %103 = getelementptr inbounds ptr, ptr %99, i64 4
  store ptr %14, ptr %103, align 8, !tbaa !9
  %104 = getelementptr inbounds ptr, ptr %99, i64 5
  store ptr @g_212, ptr %104, align 8, !tbaa !9
  %105 = getelementptr inbounds [6 x ptr], ptr %31, i64 2
  store ptr %14, ptr %105, align 8, !tbaa !9
  %106 = getelementptr inbounds ptr, ptr %105, i64 1
  store ptr @g_267, ptr %106, align 8, !tbaa !9
  %107 = getelementptr inbounds ptr, ptr %105, i64 2
  store ptr @g_116, ptr %107, align 8, !tbaa !9
  %108 = getelementptr inbounds ptr, ptr %105, i64 3
  store ptr null, ptr %108, align 8, !tbaa !9
  %109 = getelementptr inbounds ptr, ptr %105, i64 4
  store ptr %14, ptr %109, align 8, !tbaa !9
  %110 = getelementptr inbounds ptr, ptr %105, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %110, align 8, !tbaa !9
  %111 = getelementptr inbounds [6 x ptr], ptr %31, i64 3
  store ptr %14, ptr %111, align 8, !tbaa !9
  %112 = getelementptr inbounds ptr, ptr %111, i64 1
  store ptr @g_267, ptr %112, align 8, !tbaa !9
  %113 = getelementptr inbounds ptr, ptr %111, i64 2
  store ptr @g_79, ptr %113, align 8, !tbaa !9
  %114 = getelementptr inbounds ptr, ptr %111, i64 3
  store ptr @g_267, ptr %114, align 8, !tbaa !9
  %115 = getelementptr inbounds ptr, ptr %111, i64 4
  store ptr %14, ptr %115, align 8, !tbaa !9
  %116 = getelementptr inbounds ptr, ptr %111, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %116, align 8, !tbaa !9
  %117 = getelementptr inbounds [6 x ptr], ptr %31, i64 4
  store ptr %14, ptr %117, align 8, !tbaa !9
  %118 = getelementptr inbounds ptr, ptr %117, i64 1
  store ptr null, ptr %118, align 8, !tbaa !9
  %119 = getelementptr inbounds ptr, ptr %117, i64 2
  store ptr @g_116, ptr %119, align 8, !tbaa !9
  %120 = getelementptr inbounds ptr, ptr %117, i64 3
  store ptr @g_267, ptr %120, align 8, !tbaa !9
  %121 = getelementptr inbounds ptr, ptr %117, i64 4
  store ptr %14, ptr %121, align 8, !tbaa !9
  %122 = getelementptr inbounds ptr, ptr %117, i64 5
  store ptr @g_212, ptr %122, align 8, !tbaa !9
  %123 = getelementptr inbounds [6 x ptr], ptr %31, i64 5
  store ptr %14, ptr %123, align 8, !tbaa !9
  %124 = getelementptr inbounds ptr, ptr %123, i64 1
  store ptr null, ptr %124, align 8, !tbaa !9
  %125 = getelementptr inbounds ptr, ptr %123, i64 2
  store ptr @g_79, ptr %125, align 8, !tbaa !9
  %126 = getelementptr inbounds ptr, ptr %123, i64 3
  store ptr null, ptr %126, align 8, !tbaa !9
  %127 = getelementptr inbounds ptr, ptr %123, i64 4
  store ptr %14, ptr %127, align 8, !tbaa !9
  %128 = getelementptr inbounds ptr, ptr %123, i64 5
  store ptr @g_212, ptr %128, align 8, !tbaa !9
  %129 = getelementptr inbounds [6 x [6 x ptr]], ptr %31, i64 1
  store ptr %14, ptr %129, align 8, !tbaa !9
  %130 = getelementptr inbounds ptr, ptr %129, i64 1
  store ptr @g_267, ptr %130, align 8, !tbaa !9
  %131 = getelementptr inbounds ptr, ptr %129, i64 2
  store ptr @g_116, ptr %131, align 8, !tbaa !9
  %132 = getelementptr inbounds ptr, ptr %129, i64 3
  store ptr null, ptr %132, align 8, !tbaa !9
  %133 = getelementptr inbounds ptr, ptr %129, i64 4
  store ptr %14, ptr %133, align 8, !tbaa !9
  %134 = getelementptr inbounds ptr, ptr %129, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %134, align 8, !tbaa !9
  %135 = getelementptr inbounds [6 x ptr], ptr %129, i64 1
  store ptr %14, ptr %135, align 8, !tbaa !9
  %136 = getelementptr inbounds ptr, ptr %135, i64 1
  store ptr @g_267, ptr %136, align 8, !tbaa !9
  %137 = getelementptr inbounds ptr, ptr %135, i64 2
  store ptr @g_79, ptr %137, align 8, !tbaa !9
  %138 = getelementptr inbounds ptr, ptr %135, i64 3
  store ptr @g_267, ptr %138, align 8, !tbaa !9
  %139 = getelementptr inbounds ptr, ptr %135, i64 4
  store ptr %14, ptr %139, align 8, !tbaa !9
  %140 = getelementptr inbounds ptr, ptr %135, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %140, align 8, !tbaa !9
  %141 = getelementptr inbounds [6 x ptr], ptr %129, i64 2
  store ptr %14, ptr %141, align 8, !tbaa !9
  %142 = getelementptr inbounds ptr, ptr %141, i64 1
  store ptr null, ptr %142, align 8, !tbaa !9
  %143 = getelementptr inbounds ptr, ptr %141, i64 2
  store ptr @g_116, ptr %143, align 8, !tbaa !9
  %144 = getelementptr inbounds ptr, ptr %141, i64 3
  store ptr @g_267, ptr %144, align 8, !tbaa !9
  %145 = getelementptr inbounds ptr, ptr %141, i64 4
  store ptr %14, ptr %145, align 8, !tbaa !9
  %146 = getelementptr inbounds ptr, ptr %141, i64 5
  store ptr @g_212, ptr %146, align 8, !tbaa !9
  %147 = getelementptr inbounds [6 x ptr], ptr %129, i64 3
  store ptr %14, ptr %147, align 8, !tbaa !9
  %148 = getelementptr inbounds ptr, ptr %147, i64 1
  store ptr null, ptr %148, align 8, !tbaa !9
  %149 = getelementptr inbounds ptr, ptr %147, i64 2
  store ptr @g_79, ptr %149, align 8, !tbaa !9
  %150 = getelementptr inbounds ptr, ptr %147, i64 3
  store ptr null, ptr %150, align 8, !tbaa !9
  %151 = getelementptr inbounds ptr, ptr %147, i64 4
  store ptr %14, ptr %151, align 8, !tbaa !9
  %152 = getelementptr inbounds ptr, ptr %147, i64 5
  store ptr @g_212, ptr %152, align 8, !tbaa !9
  %153 = getelementptr inbounds [6 x ptr], ptr %129, i64 4
  store ptr %14, ptr %153, align 8, !tbaa !9
  %154 = getelementptr inbounds ptr, ptr %153, i64 1
  store ptr @g_267, ptr %154, align 8, !tbaa !9
  %155 = getelementptr inbounds ptr, ptr %153, i64 2
  store ptr @g_116, ptr %155, align 8, !tbaa !9
  %156 = getelementptr inbounds ptr, ptr %153, i64 3
  store ptr null, ptr %156, align 8, !tbaa !9
  %157 = getelementptr inbounds ptr, ptr %153, i64 4
  store ptr %14, ptr %157, align 8, !tbaa !9
  %158 = getelementptr inbounds ptr, ptr %153, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %158, align 8, !tbaa !9
  %159 = getelementptr inbounds [6 x ptr], ptr %129, i64 5
  store ptr %14, ptr %159, align 8, !tbaa !9
  %160 = getelementptr inbounds ptr, ptr %159, i64 1
  store ptr @g_267, ptr %160, align 8, !tbaa !9
  %161 = getelementptr inbounds ptr, ptr %159, i64 2
  store ptr @g_79, ptr %161, align 8, !tbaa !9
  %162 = getelementptr inbounds ptr, ptr %159, i64 3
  store ptr @g_267, ptr %162, align 8, !tbaa !9
  %163 = getelementptr inbounds ptr, ptr %159, i64 4
  store ptr %14, ptr %163, align 8, !tbaa !9
  %164 = getelementptr inbounds ptr, ptr %159, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %164, align 8, !tbaa !9
  %165 = getelementptr inbounds [6 x [6 x ptr]], ptr %31, i64 2
  store ptr %14, ptr %165, align 8, !tbaa !9
  %166 = getelementptr inbounds ptr, ptr %165, i64 1
  store ptr null, ptr %166, align 8, !tbaa !9
  %167 = getelementptr inbounds ptr, ptr %165, i64 2
  store ptr @g_116, ptr %167, align 8, !tbaa !9
  %168 = getelementptr inbounds ptr, ptr %165, i64 3
  store ptr @g_267, ptr %168, align 8, !tbaa !9
  %169 = getelementptr inbounds ptr, ptr %165, i64 4
  store ptr %14, ptr %169, align 8, !tbaa !9
  %170 = getelementptr inbounds ptr, ptr %165, i64 5
  store ptr @g_212, ptr %170, align 8, !tbaa !9
  %171 = getelementptr inbounds [6 x ptr], ptr %165, i64 1
  store ptr %14, ptr %171, align 8, !tbaa !9
  %172 = getelementptr inbounds ptr, ptr %171, i64 1
  store ptr null, ptr %172, align 8, !tbaa !9
  %173 = getelementptr inbounds ptr, ptr %171, i64 2
  store ptr @g_79, ptr %173, align 8, !tbaa !9
  %174 = getelementptr inbounds ptr, ptr %171, i64 3
  store ptr null, ptr %174, align 8, !tbaa !9
  %175 = getelementptr inbounds ptr, ptr %171, i64 4
  store ptr %14, ptr %175, align 8, !tbaa !9
  %176 = getelementptr inbounds ptr, ptr %171, i64 5
  store ptr @g_212, ptr %176, align 8, !tbaa !9
  %177 = getelementptr inbounds [6 x ptr], ptr %165, i64 2
  store ptr %14, ptr %177, align 8, !tbaa !9
  %178 = getelementptr inbounds ptr, ptr %177, i64 1
  store ptr @g_267, ptr %178, align 8, !tbaa !9
  %179 = getelementptr inbounds ptr, ptr %177, i64 2
  store ptr @g_116, ptr %179, align 8, !tbaa !9
  %180 = getelementptr inbounds ptr, ptr %177, i64 3
  store ptr null, ptr %180, align 8, !tbaa !9
  %181 = getelementptr inbounds ptr, ptr %177, i64 4
  store ptr %14, ptr %181, align 8, !tbaa !9
  %182 = getelementptr inbounds ptr, ptr %177, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %182, align 8, !tbaa !9
  %183 = getelementptr inbounds [6 x ptr], ptr %165, i64 3
  store ptr %14, ptr %183, align 8, !tbaa !9
  %184 = getelementptr inbounds ptr, ptr %183, i64 1
  store ptr @g_267, ptr %184, align 8, !tbaa !9
  %185 = getelementptr inbounds ptr, ptr %183, i64 2
  store ptr @g_79, ptr %185, align 8, !tbaa !9
  %186 = getelementptr inbounds ptr, ptr %183, i64 3
  store ptr @g_267, ptr %186, align 8, !tbaa !9
  %187 = getelementptr inbounds ptr, ptr %183, i64 4
  store ptr %14, ptr %187, align 8, !tbaa !9
  %188 = getelementptr inbounds ptr, ptr %183, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %188, align 8, !tbaa !9
  %189 = getelementptr inbounds [6 x ptr], ptr %165, i64 4
  store ptr %14, ptr %189, align 8, !tbaa !9
  %190 = getelementptr inbounds ptr, ptr %189, i64 1
  store ptr null, ptr %190, align 8, !tbaa !9
  %191 = getelementptr inbounds ptr, ptr %189, i64 2
  store ptr @g_116, ptr %191, align 8, !tbaa !9
  %192 = getelementptr inbounds ptr, ptr %189, i64 3
  store ptr @g_267, ptr %192, align 8, !tbaa !9
  %193 = getelementptr inbounds ptr, ptr %189, i64 4
  store ptr %14, ptr %193, align 8, !tbaa !9
  %194 = getelementptr inbounds ptr, ptr %189, i64 5
  store ptr @g_212, ptr %194, align 8, !tbaa !9
  %195 = getelementptr inbounds [6 x ptr], ptr %165, i64 5
  store ptr %14, ptr %195, align 8, !tbaa !9
  %196 = getelementptr inbounds ptr, ptr %195, i64 1
  store ptr null, ptr %196, align 8, !tbaa !9
  %197 = getelementptr inbounds ptr, ptr %195, i64 2
  store ptr @g_79, ptr %197, align 8, !tbaa !9
  %198 = getelementptr inbounds ptr, ptr %195, i64 3
  store ptr null, ptr %198, align 8, !tbaa !9
  %199 = getelementptr inbounds ptr, ptr %195, i64 4
  store ptr %14, ptr %199, align 8, !tbaa !9
  %200 = getelementptr inbounds ptr, ptr %195, i64 5
  store ptr @g_212, ptr %200, align 8, !tbaa !9
  %201 = getelementptr inbounds [6 x [6 x ptr]], ptr %31, i64 3
  store ptr %14, ptr %201, align 8, !tbaa !9
  %202 = getelementptr inbounds ptr, ptr %201, i64 1
  store ptr @g_267, ptr %202, align 8, !tbaa !9
  %203 = getelementptr inbounds ptr, ptr %201, i64 2
  store ptr @g_116, ptr %203, align 8, !tbaa !9
  %204 = getelementptr inbounds ptr, ptr %201, i64 3
  store ptr null, ptr %204, align 8, !tbaa !9
  %205 = getelementptr inbounds ptr, ptr %201, i64 4
  store ptr %14, ptr %205, align 8, !tbaa !9
  %206 = getelementptr inbounds ptr, ptr %201, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %206, align 8, !tbaa !9
  %207 = getelementptr inbounds [6 x ptr], ptr %201, i64 1
  store ptr %14, ptr %207, align 8, !tbaa !9
  %208 = getelementptr inbounds ptr, ptr %207, i64 1
  store ptr @g_267, ptr %208, align 8, !tbaa !9
  %209 = getelementptr inbounds ptr, ptr %207, i64 2
  store ptr @g_79, ptr %209, align 8, !tbaa !9
  %210 = getelementptr inbounds ptr, ptr %207, i64 3
  store ptr @g_267, ptr %210, align 8, !tbaa !9
  %211 = getelementptr inbounds ptr, ptr %207, i64 4
  store ptr %14, ptr %211, align 8, !tbaa !9
  %212 = getelementptr inbounds ptr, ptr %207, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %212, align 8, !tbaa !9
  %213 = getelementptr inbounds [6 x ptr], ptr %201, i64 2
  store ptr %14, ptr %213, align 8, !tbaa !9
  %214 = getelementptr inbounds ptr, ptr %213, i64 1
  store ptr null, ptr %214, align 8, !tbaa !9
  %215 = getelementptr inbounds ptr, ptr %213, i64 2
  store ptr @g_116, ptr %215, align 8, !tbaa !9
  %216 = getelementptr inbounds ptr, ptr %213, i64 3
  store ptr @g_267, ptr %216, align 8, !tbaa !9
  %217 = getelementptr inbounds ptr, ptr %213, i64 4
  store ptr %14, ptr %217, align 8, !tbaa !9
  %218 = getelementptr inbounds ptr, ptr %213, i64 5
  store ptr @g_212, ptr %218, align 8, !tbaa !9
  %219 = getelementptr inbounds [6 x ptr], ptr %201, i64 3
  store ptr %14, ptr %219, align 8, !tbaa !9
  %220 = getelementptr inbounds ptr, ptr %219, i64 1
  store ptr null, ptr %220, align 8, !tbaa !9
  %221 = getelementptr inbounds ptr, ptr %219, i64 2
  store ptr @g_79, ptr %221, align 8, !tbaa !9
  %222 = getelementptr inbounds ptr, ptr %219, i64 3
  store ptr null, ptr %222, align 8, !tbaa !9
  %223 = getelementptr inbounds ptr, ptr %219, i64 4
  store ptr %14, ptr %223, align 8, !tbaa !9
  %224 = getelementptr inbounds ptr, ptr %219, i64 5
  store ptr @g_212, ptr %224, align 8, !tbaa !9
  %225 = getelementptr inbounds [6 x ptr], ptr %201, i64 4
  store ptr %14, ptr %225, align 8, !tbaa !9
  %226 = getelementptr inbounds ptr, ptr %225, i64 1
  store ptr @g_267, ptr %226, align 8, !tbaa !9
  %227 = getelementptr inbounds ptr, ptr %225, i64 2
  store ptr @g_116, ptr %227, align 8, !tbaa !9
  %228 = getelementptr inbounds ptr, ptr %225, i64 3
  store ptr null, ptr %228, align 8, !tbaa !9
  %229 = getelementptr inbounds ptr, ptr %225, i64 4
  store ptr %14, ptr %229, align 8, !tbaa !9
  %230 = getelementptr inbounds ptr, ptr %225, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %230, align 8, !tbaa !9
  %231 = getelementptr inbounds [6 x ptr], ptr %201, i64 5
  store ptr %14, ptr %231, align 8, !tbaa !9
  %232 = getelementptr inbounds ptr, ptr %231, i64 1
  store ptr @g_267, ptr %232, align 8, !tbaa !9
  %233 = getelementptr inbounds ptr, ptr %231, i64 2
  store ptr @g_79, ptr %233, align 8, !tbaa !9
  %234 = getelementptr inbounds ptr, ptr %231, i64 3
  store ptr @g_267, ptr %234, align 8, !tbaa !9
  %235 = getelementptr inbounds ptr, ptr %231, i64 4
  store ptr %14, ptr %235, align 8, !tbaa !9
  %236 = getelementptr inbounds ptr, ptr %231, i64 5
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %236, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %32) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %33) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %34) #6
  store i32 0, ptr %32, align 4, !tbaa !5
  br label %237

237:                                              ; preds = %244, %93
  %238 = load i32, ptr %32, align 4, !tbaa !5
  %239 = icmp slt i32 %238, 1
  br i1 %239, label %240, label %247

240:                                              ; preds = %237
  %241 = load i32, ptr %32, align 4, !tbaa !5
  %242 = sext i32 %241 to i64
  %243 = getelementptr inbounds [1 x i32], ptr %28, i64 0, i64 %242
  store i32 1, ptr %243, align 4, !tbaa !5
  br label %244

244:                                              ; preds = %240
  %245 = load i32, ptr %32, align 4, !tbaa !5
  %246 = add nsw i32 %245, 1
  store i32 %246, ptr %32, align 4, !tbaa !5
  br label %237, !llvm.loop !95

247:                                              ; preds = %237
  %248 = load ptr, ptr %17, align 8, !tbaa !9
  %249 = icmp eq ptr null, %248
  br i1 %249, label %250, label %258

250:                                              ; preds = %247
  %251 = getelementptr inbounds [1 x i32], ptr %28, i64 0, i64 0
  %252 = load i32, ptr %251, align 4, !tbaa !5
  %253 = add i32 %252, 1
  store i32 %253, ptr %251, align 4, !tbaa !5
  %254 = load i32, ptr @g_212, align 4, !tbaa !5
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %256, label %257

256:                                              ; preds = %250
  store i32 5, ptr %35, align 4
  br label %596

257:                                              ; preds = %250
  br label %589

258:                                              ; preds = %247
  call void @llvm.lifetime.start.p0(i64 48, ptr %36) #6
  store ptr @g_2215, ptr %36, align 8, !tbaa !9
  %259 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr @g_2215, ptr %259, align 8, !tbaa !9
  %260 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %18, ptr %260, align 8, !tbaa !9
  %261 = getelementptr inbounds ptr, ptr %36, i64 3
  store ptr @g_2215, ptr %261, align 8, !tbaa !9
  %262 = getelementptr inbounds ptr, ptr %36, i64 4
  store ptr @g_2215, ptr %262, align 8, !tbaa !9
  %263 = getelementptr inbounds ptr, ptr %36, i64 5
  store ptr %18, ptr %263, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 324, ptr %37) #6
  call void @llvm.lifetime.start.p0(i64 8, ptr %38) #6
  store ptr @g_215, ptr %38, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %39) #6
  store i32 -10, ptr %39, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %40) #6
  store ptr @g_126, ptr %40, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 72, ptr %41) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %41, ptr align 16 @__const.func_32.l_3490, i64 72, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %42) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %43) #6
  store i32 0, ptr %42, align 4, !tbaa !5
  br label %264

264:                                              ; preds = %282, %258
  %265 = load i32, ptr %42, align 4, !tbaa !5
  %266 = icmp slt i32 %265, 9
  br i1 %266, label %267, label %285

267:                                              ; preds = %264
  store i32 0, ptr %43, align 4, !tbaa !5
  br label %268

268:                                              ; preds = %278, %267
  %269 = load i32, ptr %43, align 4, !tbaa !5
  %270 = icmp slt i32 %269, 9
  br i1 %270, label %271, label %281

271:                                              ; preds = %268
  %272 = load i32, ptr %42, align 4, !tbaa !5
  %273 = sext i32 %272 to i64
  %274 = getelementptr inbounds [9 x [9 x i32]], ptr %37, i64 0, i64 %273
  %275 = load i32, ptr %43, align 4, !tbaa !5
  %276 = sext i32 %275 to i64
  %277 = getelementptr inbounds [9 x i32], ptr %274, i64 0, i64 %276
  store i32 -1874283816, ptr %277, align 4, !tbaa !5
  br label %278

278:                                              ; preds = %271
  %279 = load i32, ptr %43, align 4, !tbaa !5
  %280 = add nsw i32 %279, 1
  store i32 %280, ptr %43, align 4, !tbaa !5
  br label %268, !llvm.loop !96

281:                                              ; preds = %268
  br label %282

282:                                              ; preds = %281
  %283 = load i32, ptr %42, align 4, !tbaa !5
  %284 = add nsw i32 %283, 1
  store i32 %284, ptr %42, align 4, !tbaa !5
  br label %264, !llvm.loop !97

285:                                              ; preds = %264
  %286 = load ptr, ptr %18, align 8, !tbaa !9
  store ptr %286, ptr %18, align 8, !tbaa !9
  %287 = load ptr, ptr %19, align 8, !tbaa !9
  %288 = icmp ne ptr %286, %287
  %289 = zext i1 %288 to i32
  %290 = sext i32 %289 to i64
  %291 = load i64, ptr %7, align 8, !tbaa !13
  %292 = xor i64 %290, %291
  %293 = getelementptr inbounds [9 x [9 x i32]], ptr %37, i64 0, i64 7
  %294 = getelementptr inbounds [9 x i32], ptr %293, i64 0, i64 5
  %295 = load i32, ptr %294, align 4, !tbaa !5
  %296 = load ptr, ptr @g_233, align 8, !tbaa !9
  %297 = load i64, ptr @g_477, align 4
  %298 = shl i64 %297, 41
  %299 = ashr i64 %298, 56
  %300 = trunc i64 %299 to i32
  %301 = load i32, ptr getelementptr inbounds ([7 x i32], ptr @g_218, i64 0, i64 2), align 8, !tbaa !5
  %302 = add i32 %301, 1
  store i32 %302, ptr getelementptr inbounds ([7 x i32], ptr @g_218, i64 0, i64 2), align 8, !tbaa !5
  %303 = icmp ule i32 %300, %302
  %304 = zext i1 %303 to i32
  %305 = load ptr, ptr @g_993, align 8, !tbaa !9
  %306 = load i16, ptr %305, align 2, !tbaa !11
  %307 = zext i16 %306 to i32
  %308 = getelementptr inbounds [9 x [9 x i32]], ptr %37, i64 0, i64 5
  %309 = getelementptr inbounds [9 x i32], ptr %308, i64 0, i64 3
  %310 = load i32, ptr %309, align 4, !tbaa !5
  %311 = trunc i32 %310 to i16
  %312 = load i64, ptr %7, align 8, !tbaa !13
  %313 = icmp sge i64 %312, 37
  %314 = zext i1 %313 to i32
  %315 = getelementptr inbounds [9 x [9 x i32]], ptr %37, i64 0, i64 7
  %316 = getelementptr inbounds [9 x i32], ptr %315, i64 0, i64 5
  %317 = load i32, ptr %316, align 4, !tbaa !5
  %318 = and i32 %314, %317
  %319 = trunc i32 %318 to i8
  %320 = load volatile i64, ptr @g_349, align 4
  %321 = lshr i64 %320, 42
  %322 = and i64 %321, 16383
  %323 = trunc i64 %322 to i32
  %324 = trunc i32 %323 to i8
  %325 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %319, i8 noundef signext %324) #8
  %326 = sext i8 %325 to i16
  %327 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %311, i16 noundef signext %326) #8
  %328 = sext i16 %327 to i32
  %329 = icmp ne i32 %328, 0
  br i1 %329, label %335, label %330

330:                                              ; preds = %285
  %331 = getelementptr inbounds [6 x i8], ptr %29, i64 0, i64 1
  %332 = load i8, ptr %331, align 1, !tbaa !18
  %333 = zext i8 %332 to i32
  %334 = icmp ne i32 %333, 0
  br label %335

335:                                              ; preds = %330, %285
  %336 = phi i1 [ true, %285 ], [ %334, %330 ]
  %337 = zext i1 %336 to i32
  %338 = load i16, ptr %20, align 2, !tbaa !11
  %339 = sext i16 %338 to i32
  %340 = icmp ne i32 %337, %339
  %341 = zext i1 %340 to i32
  br i1 false, label %342, label %345

342:                                              ; preds = %335
  %343 = load i64, ptr %11, align 8, !tbaa !13
  %344 = icmp ne i64 %343, 0
  br label %345

345:                                              ; preds = %342, %335
  %346 = phi i1 [ false, %335 ], [ %344, %342 ]
  %347 = zext i1 %346 to i32
  %348 = xor i32 %307, %347
  %349 = trunc i32 %348 to i16
  %350 = load ptr, ptr %38, align 8, !tbaa !9
  store i16 %349, ptr %350, align 2, !tbaa !11
  %351 = sext i16 %349 to i32
  %352 = icmp sge i32 %304, %351
  %353 = zext i1 %352 to i32
  %354 = sext i32 %353 to i64
  %355 = call i64 @safe_div_func_uint64_t_u_u(i64 noundef %354, i64 noundef -544262090051916235) #8
  %356 = trunc i64 %355 to i8
  %357 = load i64, ptr @g_3400, align 4
  %358 = lshr i64 %357, 56
  %359 = and i64 %358, 31
  %360 = trunc i64 %359 to i32
  %361 = call signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext %356, i32 noundef %360) #8
  %362 = sext i8 %361 to i64
  %363 = load i32, ptr %39, align 4, !tbaa !5
  %364 = sext i32 %363 to i64
  %365 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %362, i64 noundef %364) #8
  %366 = load i32, ptr %10, align 4, !tbaa !5
  %367 = zext i32 %366 to i64
  %368 = icmp slt i64 4237536954592830874, %367
  %369 = zext i1 %368 to i32
  %370 = trunc i32 %369 to i16
  %371 = load i32, ptr %10, align 4, !tbaa !5
  %372 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %370, i32 noundef %371) #8
  %373 = sext i16 %372 to i64
  %374 = load ptr, ptr %40, align 8, !tbaa !9
  store i64 %373, ptr %374, align 8, !tbaa !13
  %375 = getelementptr inbounds [7 x [2 x [9 x i32]]], ptr %27, i64 0, i64 1
  %376 = getelementptr inbounds [2 x [9 x i32]], ptr %375, i64 0, i64 1
  %377 = getelementptr inbounds [9 x i32], ptr %376, i64 0, i64 1
  %378 = load i32, ptr %377, align 4, !tbaa !5
  %379 = sext i32 %378 to i64
  %380 = icmp sge i64 %373, %379
  %381 = zext i1 %380 to i32
  %382 = trunc i32 %381 to i8
  %383 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %382, i32 noundef 2) #8
  %384 = zext i8 %383 to i64
  %385 = icmp slt i64 %384, 14135
  %386 = zext i1 %385 to i32
  %387 = load ptr, ptr @g_992, align 8, !tbaa !9
  %388 = load ptr, ptr %387, align 8, !tbaa !9
  %389 = load i16, ptr %388, align 2, !tbaa !11
  %390 = zext i16 %389 to i32
  %391 = icmp ne i32 %386, %390
  br i1 %391, label %392, label %395

392:                                              ; preds = %345
  %393 = load i32, ptr %8, align 4, !tbaa !5
  %394 = sext i32 %393 to i64
  store i64 %394, ptr %6, align 8
  store i32 1, ptr %35, align 4
  br label %588

395:                                              ; preds = %345
  call void @llvm.lifetime.start.p0(i64 8, ptr %44) #6
  store ptr getelementptr inbounds ([9 x i64], ptr getelementptr inbounds ([7 x [9 x i64]], ptr @g_1977, i64 0, i64 3), i64 0, i64 8), ptr %44, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %45) #6
  store ptr null, ptr %45, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 40, ptr %46) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %46, ptr align 16 @__const.func_32.l_3466, i64 40, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %47) #6
  store ptr %40, ptr %47, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %48) #6
  store ptr %47, ptr %48, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %49) #6
  store i32 719329478, ptr %49, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %50) #6
  %396 = load i64, ptr %7, align 8, !tbaa !13
  %397 = getelementptr inbounds [5 x ptr], ptr %21, i64 0, i64 0
  %398 = load ptr, ptr %397, align 16, !tbaa !9
  %399 = icmp eq ptr null, %398
  %400 = zext i1 %399 to i32
  %401 = load i16, ptr %9, align 2, !tbaa !11
  %402 = sext i16 %401 to i32
  %403 = icmp sle i32 %400, %402
  br i1 %403, label %404, label %409

404:                                              ; preds = %395
  %405 = load ptr, ptr %44, align 8, !tbaa !9
  %406 = load i64, ptr %405, align 8, !tbaa !13
  %407 = add i64 %406, -1
  store i64 %407, ptr %405, align 8, !tbaa !13
  %408 = icmp ne i64 %407, 0
  br label %409

409:                                              ; preds = %404, %395
  %410 = phi i1 [ false, %395 ], [ %408, %404 ]
  %411 = zext i1 %410 to i32
  %412 = load ptr, ptr %45, align 8, !tbaa !9
  %413 = icmp ne ptr null, %412
  %414 = zext i1 %413 to i32
  %415 = getelementptr inbounds [5 x ptr], ptr %46, i64 0, i64 1
  %416 = load ptr, ptr %415, align 8, !tbaa !9
  %417 = load ptr, ptr %48, align 8, !tbaa !9
  %418 = icmp eq ptr null, %417
  %419 = zext i1 %418 to i32
  %420 = sext i32 %419 to i64
  %421 = xor i64 1, %420
  %422 = trunc i64 %421 to i16
  %423 = getelementptr inbounds [9 x [9 x i32]], ptr %37, i64 0, i64 7
  %424 = getelementptr inbounds [9 x i32], ptr %423, i64 0, i64 5
  %425 = load i32, ptr %424, align 4, !tbaa !5
  %426 = trunc i32 %425 to i16
  %427 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %422, i16 noundef zeroext %426) #8
  %428 = trunc i16 %427 to i8
  %429 = load ptr, ptr @g_955, align 8, !tbaa !9
  %430 = load ptr, ptr %429, align 8, !tbaa !9
  %431 = load ptr, ptr %430, align 8, !tbaa !9
  store i8 %428, ptr %431, align 1, !tbaa !18
  %432 = getelementptr inbounds [10 x [4 x [2 x ptr]]], ptr %30, i64 0, i64 2
  %433 = getelementptr inbounds [4 x [2 x ptr]], ptr %432, i64 0, i64 0
  %434 = getelementptr inbounds [2 x ptr], ptr %433, i64 0, i64 1
  %435 = load ptr, ptr %434, align 8, !tbaa !9
  %436 = icmp eq ptr %416, %435
  %437 = zext i1 %436 to i32
  %438 = icmp sge i32 %414, %437
  %439 = zext i1 %438 to i32
  %440 = trunc i32 %439 to i16
  %441 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %440, i16 noundef signext -32084) #8
  %442 = sext i16 %441 to i32
  %443 = load ptr, ptr @g_992, align 8, !tbaa !9
  %444 = load ptr, ptr %443, align 8, !tbaa !9
  %445 = load i16, ptr %444, align 2, !tbaa !11
  %446 = zext i16 %445 to i32
  %447 = icmp sge i32 %442, %446
  %448 = zext i1 %447 to i32
  %449 = load i16, ptr %9, align 2, !tbaa !11
  %450 = sext i16 %449 to i32
  %451 = icmp slt i32 %448, %450
  %452 = zext i1 %451 to i32
  %453 = icmp sgt i32 %411, %452
  %454 = zext i1 %453 to i32
  %455 = sext i32 %454 to i64
  %456 = icmp sge i64 %396, %455
  %457 = zext i1 %456 to i32
  %458 = load ptr, ptr %13, align 8, !tbaa !9
  store i32 %457, ptr %458, align 4, !tbaa !5
  br i1 %456, label %459, label %552

459:                                              ; preds = %409
  call void @llvm.lifetime.start.p0(i64 8, ptr %51) #6
  store ptr @g_955, ptr %51, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %52) #6
  store ptr null, ptr %52, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %53) #6
  store ptr %52, ptr %53, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %54) #6
  store i32 795269312, ptr %54, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %55) #6
  store ptr null, ptr %55, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %56) #6
  store ptr @g_1109, ptr %56, align 8, !tbaa !9
  %460 = load ptr, ptr @g_1178, align 8, !tbaa !9
  %461 = load i32, ptr %460, align 4, !tbaa !5
  %462 = getelementptr inbounds [1 x i32], ptr %28, i64 0, i64 0
  %463 = load i32, ptr %462, align 4, !tbaa !5
  %464 = getelementptr inbounds [9 x ptr], ptr %41, i64 0, i64 5
  %465 = load ptr, ptr %464, align 8, !tbaa !9
  %466 = icmp eq ptr null, %465
  %467 = zext i1 %466 to i32
  %468 = icmp ugt i32 %463, %467
  %469 = zext i1 %468 to i32
  %470 = trunc i32 %469 to i16
  %471 = load i32, ptr %10, align 4, !tbaa !5
  %472 = trunc i32 %471 to i16
  %473 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %470, i16 noundef zeroext %472) #8
  %474 = zext i16 %473 to i32
  %475 = load volatile ptr, ptr @g_3302, align 8, !tbaa !9
  %476 = load ptr, ptr %475, align 8, !tbaa !9
  %477 = load volatile ptr, ptr %476, align 8, !tbaa !9
  %478 = load ptr, ptr %51, align 8, !tbaa !9
  store ptr null, ptr %478, align 8, !tbaa !9
  %479 = load ptr, ptr %53, align 8, !tbaa !9
  store ptr null, ptr %479, align 8, !tbaa !9
  %480 = icmp eq ptr %477, null
  %481 = zext i1 %480 to i32
  %482 = getelementptr inbounds [1 x i32], ptr %28, i64 0, i64 0
  %483 = load i32, ptr %482, align 4, !tbaa !5
  %484 = trunc i32 %483 to i16
  %485 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %484, i32 noundef 15) #8
  %486 = sext i16 %485 to i32
  %487 = icmp sle i32 %481, %486
  %488 = zext i1 %487 to i32
  %489 = trunc i32 %488 to i16
  %490 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %489, i32 noundef 13) #8
  %491 = sext i16 %490 to i32
  %492 = load i32, ptr %54, align 4, !tbaa !5
  %493 = icmp eq i32 %491, %492
  %494 = zext i1 %493 to i32
  %495 = icmp eq i32 %474, %494
  %496 = zext i1 %495 to i32
  %497 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %496, i32 noundef -3) #8
  %498 = load ptr, ptr %56, align 8, !tbaa !9
  store i16 -1, ptr %498, align 2, !tbaa !11
  %499 = load i32, ptr %10, align 4, !tbaa !5
  %500 = trunc i32 %499 to i16
  %501 = getelementptr inbounds [1 x i32], ptr %28, i64 0, i64 0
  %502 = load i32, ptr %501, align 4, !tbaa !5
  %503 = trunc i32 %502 to i16
  %504 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %500, i16 noundef signext %503) #8
  %505 = sext i16 %504 to i64
  %506 = or i64 %505, 8
  %507 = trunc i64 %506 to i8
  %508 = load i32, ptr %8, align 4, !tbaa !5
  %509 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %507, i32 noundef %508) #8
  %510 = zext i8 %509 to i16
  %511 = getelementptr inbounds [9 x [9 x i32]], ptr %37, i64 0, i64 7
  %512 = getelementptr inbounds [9 x i32], ptr %511, i64 0, i64 5
  %513 = load i32, ptr %512, align 4, !tbaa !5
  %514 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %510, i32 noundef %513) #8
  %515 = sext i16 %514 to i32
  %516 = icmp ne i32 %515, 0
  br i1 %516, label %517, label %521

517:                                              ; preds = %459
  %518 = load i16, ptr %9, align 2, !tbaa !11
  %519 = sext i16 %518 to i32
  %520 = icmp ne i32 %519, 0
  br label %521

521:                                              ; preds = %517, %459
  %522 = phi i1 [ false, %459 ], [ %520, %517 ]
  %523 = zext i1 %522 to i32
  %524 = trunc i32 %523 to i16
  %525 = load i64, ptr %7, align 8, !tbaa !13
  %526 = trunc i64 %525 to i16
  %527 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %524, i16 noundef zeroext %526) #8
  %528 = zext i16 %527 to i32
  %529 = load i16, ptr %9, align 2, !tbaa !11
  %530 = sext i16 %529 to i32
  %531 = and i32 %528, %530
  %532 = load ptr, ptr @g_992, align 8, !tbaa !9
  %533 = load ptr, ptr %532, align 8, !tbaa !9
  %534 = load i16, ptr %533, align 2, !tbaa !11
  %535 = zext i16 %534 to i32
  %536 = icmp slt i32 %531, %535
  %537 = zext i1 %536 to i32
  %538 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %537, i32 noundef -1041798969) #8
  %539 = trunc i32 %538 to i8
  %540 = getelementptr inbounds [7 x [2 x [9 x i32]]], ptr %27, i64 0, i64 1
  %541 = getelementptr inbounds [2 x [9 x i32]], ptr %540, i64 0, i64 1
  %542 = getelementptr inbounds [9 x i32], ptr %541, i64 0, i64 1
  %543 = load i32, ptr %542, align 4, !tbaa !5
  %544 = trunc i32 %543 to i8
  %545 = call signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext %539, i8 noundef signext %544) #8
  %546 = load i64, ptr @g_126, align 8, !tbaa !13
  %547 = load i64, ptr getelementptr inbounds ([8 x i64], ptr getelementptr inbounds ([8 x [8 x i64]], ptr @g_128, i64 0, i64 4), i64 0, i64 6), align 16, !tbaa !13
  %548 = icmp eq i64 %546, %547
  %549 = zext i1 %548 to i32
  %550 = load i32, ptr %49, align 4, !tbaa !5
  %551 = or i32 %550, %549
  store i32 %551, ptr %49, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 8, ptr %56) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %55) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %54) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %53) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %52) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %51) #6
  br label %584

552:                                              ; preds = %409
  call void @llvm.lifetime.start.p0(i64 4, ptr %57) #6
  store i32 -921833884, ptr %57, align 4, !tbaa !5
  %553 = load ptr, ptr %22, align 8, !tbaa !9
  %554 = icmp ne ptr %553, null
  br i1 %554, label %555, label %580

555:                                              ; preds = %552
  %556 = load ptr, ptr @g_955, align 8, !tbaa !9
  %557 = load ptr, ptr %556, align 8, !tbaa !9
  %558 = load ptr, ptr %557, align 8, !tbaa !9
  store i8 117, ptr %558, align 1, !tbaa !18
  %559 = load i32, ptr %10, align 4, !tbaa !5
  store i32 225, ptr %57, align 4, !tbaa !5
  %560 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext -116, i32 noundef 225) #8
  %561 = sext i8 %560 to i16
  %562 = load ptr, ptr %38, align 8, !tbaa !9
  store i16 %561, ptr %562, align 2, !tbaa !11
  %563 = call zeroext i8 @safe_lshift_func_uint8_t_u_s(i8 noundef zeroext 0, i32 noundef 4) #8
  %564 = zext i8 %563 to i32
  %565 = load volatile i64, ptr getelementptr inbounds ([5 x %struct.S0], ptr @g_2686, i64 0, i64 3), align 4
  %566 = lshr i64 %565, 42
  %567 = and i64 %566, 16383
  %568 = trunc i64 %567 to i32
  %569 = icmp sle i32 %564, %568
  %570 = zext i1 %569 to i32
  %571 = trunc i32 %570 to i16
  %572 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %561, i16 noundef signext %571) #8
  %573 = sext i16 %572 to i32
  %574 = getelementptr inbounds [1 x i32], ptr %28, i64 0, i64 0
  %575 = load i32, ptr %574, align 4, !tbaa !5
  %576 = and i32 %573, %575
  %577 = zext i32 %576 to i64
  %578 = and i64 %577, 0
  %579 = icmp ne i64 %578, 0
  br label %580

580:                                              ; preds = %555, %552
  %581 = phi i1 [ false, %552 ], [ %579, %555 ]
  %582 = zext i1 %581 to i32
  %583 = load ptr, ptr @g_1612, align 8, !tbaa !9
  store i32 %582, ptr %583, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %57) #6
  br label %584

584:                                              ; preds = %580, %521
  call void @llvm.lifetime.end.p0(i64 4, ptr %50) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %49) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %48) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %47) #6
  call void @llvm.lifetime.end.p0(i64 40, ptr %46) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %45) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %44) #6
  br label %585

585:                                              ; preds = %584
  %586 = load i32, ptr %10, align 4, !tbaa !5
  %587 = zext i32 %586 to i64
  store i64 %587, ptr %6, align 8
  store i32 1, ptr %35, align 4
  br label %588

588:                                              ; preds = %585, %392
  call void @llvm.lifetime.end.p0(i64 4, ptr %43) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %42) #6
  call void @llvm.lifetime.end.p0(i64 72, ptr %41) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %40) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %39) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %38) #6
  call void @llvm.lifetime.end.p0(i64 324, ptr %37) #6
  call void @llvm.lifetime.end.p0(i64 48, ptr %36) #6
  br label %596

589:                                              ; preds = %257
  %590 = getelementptr inbounds [7 x [2 x [9 x i32]]], ptr %27, i64 0, i64 1
  %591 = getelementptr inbounds [2 x [9 x i32]], ptr %590, i64 0, i64 1
  %592 = getelementptr inbounds [9 x i32], ptr %591, i64 0, i64 1
  %593 = getelementptr inbounds [4 x [6 x [6 x ptr]]], ptr %31, i64 0, i64 1
  %594 = getelementptr inbounds [6 x [6 x ptr]], ptr %593, i64 0, i64 4
  %595 = getelementptr inbounds [6 x ptr], ptr %594, i64 0, i64 2
  store ptr %592, ptr %595, align 16, !tbaa !9
  store i32 0, ptr %35, align 4
  br label %596

596:                                              ; preds = %589, %588, %256
  call void @llvm.lifetime.end.p0(i64 4, ptr %34) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %33) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %32) #6
  call void @llvm.lifetime.end.p0(i64 1152, ptr %31) #6
  call void @llvm.lifetime.end.p0(i64 640, ptr %30) #6
  call void @llvm.lifetime.end.p0(i64 6, ptr %29) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %28) #6
  call void @llvm.lifetime.end.p0(i64 504, ptr %27) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %26) #6
  %597 = load i32, ptr %35, align 4
  switch i32 %597, label %848 [
    i32 0, label %598
    i32 5, label %86
  ]

598:                                              ; preds = %596
  br label %843

599:                                              ; preds = %86
  call void @llvm.lifetime.start.p0(i64 4, ptr %58) #6
  store i32 1809025156, ptr %58, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %59) #6
  store i32 266923258, ptr %59, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %60) #6
  store i32 -4, ptr %60, align 4, !tbaa !5
  %600 = load i64, ptr @g_477, align 4
  %601 = shl i64 %600, 41
  %602 = ashr i64 %601, 56
  %603 = trunc i64 %602 to i32
  %604 = icmp ne i32 %603, 0
  br i1 %604, label %605, label %606

605:                                              ; preds = %599
  store i32 5, ptr %35, align 4
  br label %840

606:                                              ; preds = %599
  %607 = getelementptr inbounds [9 x i32], ptr %23, i64 0, i64 0
  %608 = load i32, ptr %607, align 16, !tbaa !5
  %609 = add i32 %608, -1
  store i32 %609, ptr %607, align 16, !tbaa !5
  store i32 0, ptr @g_1110, align 4, !tbaa !5
  br label %610

610:                                              ; preds = %836, %606
  %611 = load i32, ptr @g_1110, align 4, !tbaa !5
  %612 = icmp sle i32 %611, 3
  br i1 %612, label %613, label %839

613:                                              ; preds = %610
  call void @llvm.lifetime.start.p0(i64 8, ptr %61) #6
  store ptr @g_1692, ptr %61, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %62) #6
  store i32 7, ptr %62, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %63) #6
  store ptr @g_2604, ptr %63, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %64) #6
  store i32 0, ptr @g_438, align 4, !tbaa !5
  br label %614

614:                                              ; preds = %621, %613
  %615 = load i32, ptr @g_438, align 4, !tbaa !5
  %616 = icmp ult i32 %615, 7
  br i1 %616, label %617, label %624

617:                                              ; preds = %614
  %618 = load i32, ptr @g_438, align 4, !tbaa !5
  %619 = zext i32 %618 to i64
  %620 = getelementptr inbounds [7 x i32], ptr @g_309, i64 0, i64 %619
  store volatile i32 1030918933, ptr %620, align 4, !tbaa !5
  br label %621

621:                                              ; preds = %617
  %622 = load i32, ptr @g_438, align 4, !tbaa !5
  %623 = add i32 %622, 1
  store i32 %623, ptr @g_438, align 4, !tbaa !5
  br label %614, !llvm.loop !98

624:                                              ; preds = %614
  %625 = load ptr, ptr %61, align 8, !tbaa !9
  store ptr %625, ptr %61, align 8, !tbaa !9
  %626 = load i32, ptr @g_1110, align 4, !tbaa !5
  %627 = add nsw i32 %626, 2
  %628 = sext i32 %627 to i64
  %629 = getelementptr inbounds [9 x i32], ptr %23, i64 0, i64 %628
  %630 = load i32, ptr %629, align 4, !tbaa !5
  %631 = load i64, ptr %11, align 8, !tbaa !13
  %632 = trunc i64 %631 to i32
  %633 = load ptr, ptr @g_115, align 8, !tbaa !9
  store i32 %632, ptr %633, align 4, !tbaa !5
  %634 = sext i32 %632 to i64
  %635 = xor i64 2862595786, %634
  %636 = load i32, ptr %59, align 4, !tbaa !5
  %637 = sext i32 %636 to i64
  %638 = icmp sle i64 %635, %637
  %639 = zext i1 %638 to i32
  %640 = trunc i32 %639 to i16
  %641 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %640, i32 noundef 0) #8
  %642 = sext i16 %641 to i32
  %643 = load i64, ptr %11, align 8, !tbaa !13
  %644 = load i32, ptr %58, align 4, !tbaa !5
  %645 = load i32, ptr %62, align 4, !tbaa !5
  %646 = sext i32 %645 to i64
  %647 = icmp uge i64 %646, 0
  %648 = zext i1 %647 to i32
  %649 = icmp sge i32 %644, %648
  %650 = zext i1 %649 to i32
  %651 = load i32, ptr @g_1110, align 4, !tbaa !5
  %652 = add nsw i32 %651, 2
  %653 = sext i32 %652 to i64
  %654 = getelementptr inbounds [9 x i32], ptr %23, i64 0, i64 %653
  %655 = load i32, ptr %654, align 4, !tbaa !5
  %656 = and i32 %650, %655
  %657 = zext i32 %656 to i64
  %658 = and i64 %643, %657
  %659 = trunc i64 %658 to i32
  %660 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %659, i32 noundef -1922766609) #8
  %661 = load volatile i64, ptr @g_3182, align 4
  %662 = shl i64 %661, 22
  %663 = ashr i64 %662, 54
  %664 = trunc i64 %663 to i32
  %665 = icmp ne i32 %664, 0
  %666 = xor i1 %665, true
  %667 = zext i1 %666 to i32
  %668 = trunc i32 %667 to i8
  %669 = load i16, ptr %9, align 2, !tbaa !11
  %670 = sext i16 %669 to i32
  %671 = call zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %668, i32 noundef %670) #8
  %672 = zext i8 %671 to i32
  %673 = load i32, ptr %59, align 4, !tbaa !5
  %674 = icmp ne i32 %672, %673
  %675 = zext i1 %674 to i32
  %676 = trunc i32 %675 to i16
  %677 = load i16, ptr %9, align 2, !tbaa !11
  %678 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %676, i16 noundef signext %677) #8
  %679 = call signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %678, i32 noundef 7) #8
  %680 = sext i16 %679 to i32
  %681 = load i32, ptr %58, align 4, !tbaa !5
  %682 = icmp eq i32 %680, %681
  %683 = zext i1 %682 to i32
  %684 = icmp sge i32 %642, %683
  %685 = zext i1 %684 to i32
  %686 = icmp ult i32 %630, %685
  %687 = zext i1 %686 to i32
  %688 = load ptr, ptr @g_1178, align 8, !tbaa !9
  %689 = load i32, ptr %688, align 4, !tbaa !5
  %690 = xor i32 %689, %687
  store i32 %690, ptr %688, align 4, !tbaa !5
  store i16 0, ptr @g_215, align 2, !tbaa !11
  br label %691

691:                                              ; preds = %827, %624
  %692 = load i16, ptr @g_215, align 2, !tbaa !11
  %693 = sext i16 %692 to i32
  %694 = icmp sle i32 %693, 3
  br i1 %694, label %695, label %832

695:                                              ; preds = %691
  call void @llvm.lifetime.start.p0(i64 2, ptr %65) #6
  store i16 -12198, ptr %65, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %66) #6
  store i32 -1, ptr %66, align 4, !tbaa !5
  %696 = load i32, ptr %8, align 4, !tbaa !5
  %697 = icmp ne i32 %696, 0
  br i1 %697, label %698, label %699

698:                                              ; preds = %695
  store i32 21, ptr %35, align 4
  br label %824

699:                                              ; preds = %695
  store i16 0, ptr @g_467, align 2, !tbaa !11
  br label %700

700:                                              ; preds = %776, %699
  %701 = load i16, ptr @g_467, align 2, !tbaa !11
  %702 = zext i16 %701 to i32
  %703 = icmp sle i32 %702, 3
  br i1 %703, label %704, label %781

704:                                              ; preds = %700
  call void @llvm.lifetime.start.p0(i64 8, ptr %67) #6
  store ptr getelementptr inbounds ([5 x %struct.S0], ptr @g_2686, i64 0, i64 3), ptr %67, align 8, !tbaa !9
  %705 = load i64, ptr %11, align 8, !tbaa !13
  %706 = trunc i64 %705 to i32
  store i32 %706, ptr %60, align 4, !tbaa !5
  store i8 3, ptr @g_314, align 1, !tbaa !18
  br label %707

707:                                              ; preds = %761, %704
  %708 = load i8, ptr @g_314, align 1, !tbaa !18
  %709 = sext i8 %708 to i32
  %710 = icmp sge i32 %709, 0
  br i1 %710, label %711, label %766

711:                                              ; preds = %707
  call void @llvm.lifetime.start.p0(i64 8, ptr %68) #6
  store ptr @g_1865, ptr %68, align 8, !tbaa !9
  %712 = load i16, ptr %9, align 2, !tbaa !11
  %713 = load ptr, ptr %63, align 8, !tbaa !9
  %714 = icmp ne ptr %9, %713
  %715 = zext i1 %714 to i32
  %716 = trunc i32 %715 to i8
  %717 = load ptr, ptr %68, align 8, !tbaa !9
  store i8 %716, ptr %717, align 1, !tbaa !18
  %718 = load ptr, ptr %67, align 8, !tbaa !9
  %719 = icmp eq ptr null, %718
  %720 = zext i1 %719 to i32
  %721 = sext i32 %720 to i64
  %722 = icmp sge i64 %721, 0
  %723 = zext i1 %722 to i32
  %724 = trunc i32 %723 to i8
  %725 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %716, i8 noundef signext %724) #8
  %726 = load ptr, ptr @g_956, align 8, !tbaa !9
  %727 = load ptr, ptr %726, align 8, !tbaa !9
  %728 = load i8, ptr %727, align 1, !tbaa !18
  %729 = load i32, ptr getelementptr inbounds ([7 x i32], ptr @g_218, i64 0, i64 6), align 8, !tbaa !5
  %730 = zext i32 %729 to i64
  %731 = icmp eq i64 %730, 250
  %732 = zext i1 %731 to i32
  %733 = trunc i32 %732 to i8
  %734 = load volatile i64, ptr getelementptr inbounds ([7 x %struct.S0], ptr @g_3278, i64 0, i64 2), align 8
  %735 = lshr i64 %734, 42
  %736 = and i64 %735, 16383
  %737 = trunc i64 %736 to i32
  %738 = trunc i32 %737 to i8
  %739 = call zeroext i8 @safe_div_func_uint8_t_u_u(i8 noundef zeroext %733, i8 noundef zeroext %738) #8
  %740 = call zeroext i8 @safe_div_func_uint8_t_u_u(i8 noundef zeroext %728, i8 noundef zeroext %739) #8
  %741 = load i32, ptr @g_1110, align 4, !tbaa !5
  %742 = add nsw i32 %741, 2
  %743 = sext i32 %742 to i64
  %744 = getelementptr inbounds [9 x i32], ptr %23, i64 0, i64 %743
  %745 = load i32, ptr %744, align 4, !tbaa !5
  %746 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %740, i32 noundef %745) #8
  %747 = zext i8 %746 to i32
  %748 = load i16, ptr %65, align 2, !tbaa !11
  %749 = sext i16 %748 to i32
  %750 = icmp eq i32 %747, %749
  %751 = zext i1 %750 to i32
  %752 = trunc i32 %751 to i8
  %753 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext -68, i8 noundef signext %752) #8
  %754 = sext i8 %753 to i32
  %755 = load i8, ptr getelementptr inbounds ([10 x i8], ptr @g_181, i64 0, i64 8), align 1, !tbaa !18
  %756 = zext i8 %755 to i32
  %757 = xor i32 %754, %756
  %758 = load ptr, ptr @g_1178, align 8, !tbaa !9
  %759 = load i32, ptr %758, align 4, !tbaa !5
  %760 = and i32 %759, %757
  store i32 %760, ptr %758, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 8, ptr %68) #6
  br label %761

761:                                              ; preds = %711
  %762 = load i8, ptr @g_314, align 1, !tbaa !18
  %763 = sext i8 %762 to i32
  %764 = sub nsw i32 %763, 1
  %765 = trunc i32 %764 to i8
  store i8 %765, ptr @g_314, align 1, !tbaa !18
  br label %707, !llvm.loop !99

766:                                              ; preds = %707
  %767 = load volatile ptr, ptr @g_1302, align 8, !tbaa !9
  %768 = load ptr, ptr %767, align 8, !tbaa !9
  %769 = load i32, ptr %768, align 4, !tbaa !5
  %770 = icmp ne i32 %769, 0
  br i1 %770, label %771, label %772

771:                                              ; preds = %766
  store i32 24, ptr %35, align 4
  br label %773

772:                                              ; preds = %766
  store i32 0, ptr %35, align 4
  br label %773

773:                                              ; preds = %772, %771
  call void @llvm.lifetime.end.p0(i64 8, ptr %67) #6
  %774 = load i32, ptr %35, align 4
  switch i32 %774, label %850 [
    i32 0, label %775
    i32 24, label %781
  ]

775:                                              ; preds = %773
  br label %776

776:                                              ; preds = %775
  %777 = load i16, ptr @g_467, align 2, !tbaa !11
  %778 = zext i16 %777 to i32
  %779 = add nsw i32 %778, 1
  %780 = trunc i32 %779 to i16
  store i16 %780, ptr @g_467, align 2, !tbaa !11
  br label %700, !llvm.loop !100

781:                                              ; preds = %773, %700
  store i64 0, ptr @g_141, align 8, !tbaa !13
  br label %782

782:                                              ; preds = %820, %781
  %783 = load i64, ptr @g_141, align 8, !tbaa !13
  %784 = icmp ule i64 %783, 3
  br i1 %784, label %785, label %823

785:                                              ; preds = %782
  call void @llvm.lifetime.start.p0(i64 4, ptr %69) #6
  store i32 1077292031, ptr %69, align 4, !tbaa !5
  store i16 0, ptr %20, align 2, !tbaa !11
  br label %786

786:                                              ; preds = %797, %785
  %787 = load i16, ptr %20, align 2, !tbaa !11
  %788 = sext i16 %787 to i32
  %789 = icmp sle i32 %788, 3
  br i1 %789, label %790, label %802

790:                                              ; preds = %786
  %791 = load i32, ptr %69, align 4, !tbaa !5
  %792 = add i32 %791, 1
  store i32 %792, ptr %69, align 4, !tbaa !5
  %793 = load i64, ptr %24, align 8, !tbaa !13
  %794 = icmp ne i64 %793, 0
  br i1 %794, label %795, label %796

795:                                              ; preds = %790
  br label %802

796:                                              ; preds = %790
  br label %797

797:                                              ; preds = %796
  %798 = load i16, ptr %20, align 2, !tbaa !11
  %799 = sext i16 %798 to i32
  %800 = add nsw i32 %799, 1
  %801 = trunc i32 %800 to i16
  store i16 %801, ptr %20, align 2, !tbaa !11
  br label %786, !llvm.loop !101

802:                                              ; preds = %795, %786
  %803 = load i32, ptr %8, align 4, !tbaa !5
  %804 = icmp ne i32 %803, 0
  br i1 %804, label %805, label %806

805:                                              ; preds = %802
  store i32 30, ptr %35, align 4
  br label %817

806:                                              ; preds = %802
  store i32 0, ptr %66, align 4, !tbaa !5
  br label %807

807:                                              ; preds = %813, %806
  %808 = load i32, ptr %66, align 4, !tbaa !5
  %809 = icmp sle i32 %808, 3
  br i1 %809, label %810, label %816

810:                                              ; preds = %807
  %811 = load i32, ptr %62, align 4, !tbaa !5
  %812 = sext i32 %811 to i64
  store i64 %812, ptr %6, align 8
  store i32 1, ptr %35, align 4
  br label %817

813:                                              ; No predecessors!
  %814 = load i32, ptr %66, align 4, !tbaa !5
  %815 = add nsw i32 %814, 1
  store i32 %815, ptr %66, align 4, !tbaa !5
  br label %807, !llvm.loop !102

816:                                              ; preds = %807
  store i32 0, ptr %35, align 4
  br label %817

817:                                              ; preds = %816, %810, %805
  call void @llvm.lifetime.end.p0(i64 4, ptr %69) #6
  %818 = load i32, ptr %35, align 4
  switch i32 %818, label %824 [
    i32 0, label %819
    i32 30, label %823
  ]

819:                                              ; preds = %817
  br label %820

820:                                              ; preds = %819
  %821 = load i64, ptr @g_141, align 8, !tbaa !13
  %822 = add i64 %821, 1
  store i64 %822, ptr @g_141, align 8, !tbaa !13
  br label %782, !llvm.loop !103

823:                                              ; preds = %817, %782
  store i32 0, ptr %35, align 4
  br label %824

824:                                              ; preds = %823, %817, %698
  call void @llvm.lifetime.end.p0(i64 4, ptr %66) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %65) #6
  %825 = load i32, ptr %35, align 4
  switch i32 %825, label %833 [
    i32 0, label %826
    i32 21, label %832
  ]

826:                                              ; preds = %824
  br label %827

827:                                              ; preds = %826
  %828 = load i16, ptr @g_215, align 2, !tbaa !11
  %829 = sext i16 %828 to i32
  %830 = add nsw i32 %829, 1
  %831 = trunc i32 %830 to i16
  store i16 %831, ptr @g_215, align 2, !tbaa !11
  br label %691, !llvm.loop !104

832:                                              ; preds = %824, %691
  store i32 0, ptr %35, align 4
  br label %833

833:                                              ; preds = %832, %824
  call void @llvm.lifetime.end.p0(i64 4, ptr %64) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %63) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %62) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %61) #6
  %834 = load i32, ptr %35, align 4
  switch i32 %834, label %840 [
    i32 0, label %835
  ]

835:                                              ; preds = %833
  br label %836

836:                                              ; preds = %835
  %837 = load i32, ptr @g_1110, align 4, !tbaa !5
  %838 = add nsw i32 %837, 1
  store i32 %838, ptr @g_1110, align 4, !tbaa !5
  br label %610, !llvm.loop !105

839:                                              ; preds = %610
  store i32 0, ptr %35, align 4
  br label %840

840:                                              ; preds = %839, %833, %605
  call void @llvm.lifetime.end.p0(i64 4, ptr %60) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %59) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %58) #6
  %841 = load i32, ptr %35, align 4
  switch i32 %841, label %848 [
    i32 0, label %842
    i32 5, label %86
  ]

842:                                              ; preds = %840
  br label %843

843:                                              ; preds = %842, %598
  %844 = load ptr, ptr @g_1178, align 8, !tbaa !9
  store i32 1, ptr %844, align 4, !tbaa !5
  %845 = load ptr, ptr %13, align 8, !tbaa !9
  %846 = load i32, ptr %845, align 4, !tbaa !5
  %847 = sext i32 %846 to i64
  store i64 %847, ptr %6, align 8
  store i32 1, ptr %35, align 4
  br label %848

848:                                              ; preds = %843, %840, %596
  call void @llvm.lifetime.end.p0(i64 4, ptr %25) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %24) #6
  call void @llvm.lifetime.end.p0(i64 36, ptr %23) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %22) #6
  call void @llvm.lifetime.end.p0(i64 40, ptr %21) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %20) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %19) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %18) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %17) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %16) #6
  call void @llvm.lifetime.end.p0(i64 40, ptr %15) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %14) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %13) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #6
  %849 = load i64, ptr %6, align 8
  ret i64 %849

850:                                              ; preds = %773
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @func_41(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i16, align 2
  %4 = alloca [7 x [5 x [5 x ptr]]], align 16
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca [8 x ptr], align 16
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca [9 x [3 x [4 x i32]]], align 16
  %13 = alloca i16, align 2
  %14 = alloca [1 x i32], align 4
  %15 = alloca ptr, align 8
  %16 = alloca ptr, align 8
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca i32, align 4
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  %22 = alloca [7 x i32], align 16
  %23 = alloca ptr, align 8
  %24 = alloca i8, align 1
  %25 = alloca ptr, align 8
  %26 = alloca i8, align 1
  %27 = alloca i32, align 4
  %28 = alloca i32, align 4
  %29 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 2, ptr %3) #6
  store i16 -11726, ptr %3, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 1400, ptr %4) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.func_41.l_66, i64 1400, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #6
  store ptr getelementptr inbounds ([2 x i32], ptr @g_2983, i64 0, i64 1), ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #6
  store ptr @g_2985, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 64, ptr %7) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %7, ptr align 16 @__const.func_41.l_3027, i64 64, i1 false)
  call void @llvm.lifetime.start.p0(i64 1, ptr %8) #6
  store i8 -1, ptr %8, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #6
  store i32 -1, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %10) #6
  store i32 -20509144, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %11) #6
  store i32 128658897, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 432, ptr %12) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %12, ptr align 16 @__const.func_41.l_3090, i64 432, i1 false)
  call void @llvm.lifetime.start.p0(i64 2, ptr %13) #6
  store i16 7637, ptr %13, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %14) #6
  call void @llvm.lifetime.start.p0(i64 8, ptr %15) #6
  store ptr @g_986, ptr %15, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %16) #6
  store ptr %15, ptr %16, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %17) #6
  store ptr getelementptr inbounds ([9 x ptr], ptr getelementptr inbounds ([7 x [4 x [9 x ptr]]], ptr @g_2623, i64 0, i64 3), i64 0, i64 7), ptr %17, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %18) #6
  store ptr getelementptr inbounds ([5 x ptr], ptr @g_294, i64 0, i64 4), ptr %18, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %19) #6
  store i32 2089493928, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %20) #6
  store ptr @g_1683, ptr %20, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %21) #6
  store ptr @g_1015, ptr %21, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 28, ptr %22) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %22, ptr align 16 @__const.func_41.l_3335, i64 28, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %23) #6
  store ptr getelementptr inbounds ([7 x [4 x ptr]], ptr @g_1164, i64 0, i64 4), ptr %23, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 1, ptr %24) #6
  store i8 -61, ptr %24, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 8, ptr %25) #6
  store ptr getelementptr inbounds ([9 x ptr], ptr getelementptr inbounds ([7 x [4 x [9 x ptr]]], ptr @g_2623, i64 0, i64 3), i64 0, i64 7), ptr %25, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 1, ptr %26) #6
  store i8 0, ptr %26, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 4, ptr %27) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %28) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %29) #6
  store i32 0, ptr %27, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %37, %1
  %31 = load i32, ptr %27, align 4, !tbaa !5
  %32 = icmp slt i32 %31, 1
  br i1 %32, label %33, label %40

33:                                               ; preds = %30
  %34 = load i32, ptr %27, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [1 x i32], ptr %14, i64 0, i64 %35
  store i32 1, ptr %36, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %33
  %38 = load i32, ptr %27, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %27, align 4, !tbaa !5
  br label %30, !llvm.loop !106

40:                                               ; preds = %30
  %41 = load i8, ptr %26, align 1, !tbaa !18
  call void @llvm.lifetime.end.p0(i64 4, ptr %29) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %28) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %27) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %26) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %25) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %24) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %23) #6
  call void @llvm.lifetime.end.p0(i64 28, ptr %22) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %21) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %20) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %19) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %18) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %17) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %16) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %15) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %14) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %13) #6
  call void @llvm.lifetime.end.p0(i64 432, ptr %12) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %11) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %10) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %8) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr %7) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %5) #6
  call void @llvm.lifetime.end.p0(i64 1400, ptr %4) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %3) #6
  ret i8 %41
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_lshift_func_uint8_t_u_s(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %16, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %16, label %10

10:                                               ; preds = %7
  %11 = load i8, ptr %3, align 1, !tbaa !18
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = ashr i32 255, %13
  %15 = icmp sgt i32 %12, %14
  br i1 %15, label %16, label %19

16:                                               ; preds = %10, %7, %2
  %17 = load i8, ptr %3, align 1, !tbaa !18
  %18 = zext i8 %17 to i32
  br label %24

19:                                               ; preds = %10
  %20 = load i8, ptr %3, align 1, !tbaa !18
  %21 = zext i8 %20 to i32
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = shl i32 %21, %22
  br label %24

24:                                               ; preds = %19, %16
  %25 = phi i32 [ %18, %16 ], [ %23, %19 ]
  %26 = trunc i32 %25 to i8
  ret i8 %26
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2, !tbaa !11
  %8 = zext i16 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_mod_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !13
  store i64 %1, ptr %4, align 8, !tbaa !13
  %5 = load i64, ptr %4, align 8, !tbaa !13
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8, !tbaa !13
  br label %13

9:                                                ; preds = %2
  %10 = load i64, ptr %3, align 8, !tbaa !13
  %11 = load i64, ptr %4, align 8, !tbaa !13
  %12 = urem i64 %10, %11
  br label %13

13:                                               ; preds = %9, %7
  %14 = phi i64 [ %8, %7 ], [ %12, %9 ]
  ret i64 %14
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @safe_sub_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = sub i32 %5, %6
  ret i32 %7
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i16, ptr %3, align 2, !tbaa !11
  %9 = zext i16 %8 to i32
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = ashr i32 65535, %10
  %12 = icmp sgt i32 %9, %11
  br i1 %12, label %13, label %16

13:                                               ; preds = %7, %2
  %14 = load i16, ptr %3, align 2, !tbaa !11
  %15 = zext i16 %14 to i32
  br label %21

16:                                               ; preds = %7
  %17 = load i16, ptr %3, align 2, !tbaa !11
  %18 = zext i16 %17 to i32
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = shl i32 %18, %19
  br label %21

21:                                               ; preds = %16, %13
  %22 = phi i32 [ %15, %13 ], [ %20, %16 ]
  %23 = trunc i32 %22 to i16
  ret i16 %23
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_div_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i8 %1, ptr %4, align 1, !tbaa !18
  %5 = load i8, ptr %4, align 1, !tbaa !18
  %6 = zext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i8, ptr %3, align 1, !tbaa !18
  %10 = zext i8 %9 to i32
  br label %17

11:                                               ; preds = %2
  %12 = load i8, ptr %3, align 1, !tbaa !18
  %13 = zext i8 %12 to i32
  %14 = load i8, ptr %4, align 1, !tbaa !18
  %15 = zext i8 %14 to i32
  %16 = sdiv i32 %13, %15
  br label %17

17:                                               ; preds = %11, %8
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i8
  ret i8 %19
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2, !tbaa !11
  %8 = zext i16 %7 to i32
  %9 = mul i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_mod_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i8 %1, ptr %4, align 1, !tbaa !18
  %5 = load i8, ptr %4, align 1, !tbaa !18
  %6 = zext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i8, ptr %3, align 1, !tbaa !18
  %10 = zext i8 %9 to i32
  br label %17

11:                                               ; preds = %2
  %12 = load i8, ptr %3, align 1, !tbaa !18
  %13 = zext i8 %12 to i32
  %14 = load i8, ptr %4, align 1, !tbaa !18
  %15 = zext i8 %14 to i32
  %16 = srem i32 %13, %15
  br label %17

17:                                               ; preds = %11, %8
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i8
  ret i8 %19
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %14, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %14, label %11

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %14, label %17

14:                                               ; preds = %11, %8, %2
  %15 = load i16, ptr %3, align 2, !tbaa !11
  %16 = sext i16 %15 to i32
  br label %22

17:                                               ; preds = %11
  %18 = load i16, ptr %3, align 2, !tbaa !11
  %19 = sext i16 %18 to i32
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = ashr i32 %19, %20
  br label %22

22:                                               ; preds = %17, %14
  %23 = phi i32 [ %16, %14 ], [ %21, %17 ]
  %24 = trunc i32 %23 to i16
  ret i16 %24
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_add_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !13
  store i64 %1, ptr %4, align 8, !tbaa !13
  %5 = load i64, ptr %3, align 8, !tbaa !13
  %6 = icmp sgt i64 %5, 0
  br i1 %6, label %7, label %15

7:                                                ; preds = %2
  %8 = load i64, ptr %4, align 8, !tbaa !13
  %9 = icmp sgt i64 %8, 0
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i64, ptr %3, align 8, !tbaa !13
  %12 = load i64, ptr %4, align 8, !tbaa !13
  %13 = sub nsw i64 9223372036854775807, %12
  %14 = icmp sgt i64 %11, %13
  br i1 %14, label %26, label %15

15:                                               ; preds = %10, %7, %2
  %16 = load i64, ptr %3, align 8, !tbaa !13
  %17 = icmp slt i64 %16, 0
  br i1 %17, label %18, label %28

18:                                               ; preds = %15
  %19 = load i64, ptr %4, align 8, !tbaa !13
  %20 = icmp slt i64 %19, 0
  br i1 %20, label %21, label %28

21:                                               ; preds = %18
  %22 = load i64, ptr %3, align 8, !tbaa !13
  %23 = load i64, ptr %4, align 8, !tbaa !13
  %24 = sub nsw i64 -9223372036854775808, %23
  %25 = icmp slt i64 %22, %24
  br i1 %25, label %26, label %28

26:                                               ; preds = %21, %10
  %27 = load i64, ptr %3, align 8, !tbaa !13
  br label %32

28:                                               ; preds = %21, %18, %15
  %29 = load i64, ptr %3, align 8, !tbaa !13
  %30 = load i64, ptr %4, align 8, !tbaa !13
  %31 = add nsw i64 %29, %30
  br label %32

32:                                               ; preds = %28, %26
  %33 = phi i64 [ %27, %26 ], [ %31, %28 ]
  ret i64 %33
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @safe_add_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = add i32 %5, %6
  ret i32 %7
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_div_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !13
  store i64 %1, ptr %4, align 8, !tbaa !13
  %5 = load i64, ptr %4, align 8, !tbaa !13
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8, !tbaa !13
  %9 = icmp eq i64 %8, -9223372036854775808
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i64, ptr %4, align 8, !tbaa !13
  %12 = icmp eq i64 %11, -1
  br i1 %12, label %13, label %15

13:                                               ; preds = %10, %2
  %14 = load i64, ptr %3, align 8, !tbaa !13
  br label %19

15:                                               ; preds = %10, %7
  %16 = load i64, ptr %3, align 8, !tbaa !13
  %17 = load i64, ptr %4, align 8, !tbaa !13
  %18 = sdiv i64 %16, %17
  br label %19

19:                                               ; preds = %15, %13
  %20 = phi i64 [ %14, %13 ], [ %18, %15 ]
  ret i64 %20
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i8 %1, ptr %4, align 1, !tbaa !18
  %5 = load i8, ptr %4, align 1, !tbaa !18
  %6 = sext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = load i8, ptr %3, align 1, !tbaa !18
  %10 = sext i8 %9 to i32
  %11 = icmp eq i32 %10, -128
  br i1 %11, label %12, label %19

12:                                               ; preds = %8
  %13 = load i8, ptr %4, align 1, !tbaa !18
  %14 = sext i8 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:                                               ; preds = %12, %2
  %17 = load i8, ptr %3, align 1, !tbaa !18
  %18 = sext i8 %17 to i32
  br label %25

19:                                               ; preds = %12, %8
  %20 = load i8, ptr %3, align 1, !tbaa !18
  %21 = sext i8 %20 to i32
  %22 = load i8, ptr %4, align 1, !tbaa !18
  %23 = sext i8 %22 to i32
  %24 = sdiv i32 %21, %23
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_rshift_func_int8_t_s_u(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i8, ptr %3, align 1, !tbaa !18
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %11, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %11, label %14

11:                                               ; preds = %8, %2
  %12 = load i8, ptr %3, align 1, !tbaa !18
  %13 = sext i8 %12 to i32
  br label %19

14:                                               ; preds = %8
  %15 = load i8, ptr %3, align 1, !tbaa !18
  %16 = sext i8 %15 to i32
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = ashr i32 %16, %17
  br label %19

19:                                               ; preds = %14, %11
  %20 = phi i32 [ %13, %11 ], [ %18, %14 ]
  %21 = trunc i32 %20 to i8
  ret i8 %21
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_rshift_func_uint8_t_u_u(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %7, label %10

7:                                                ; preds = %2
  %8 = load i8, ptr %3, align 1, !tbaa !18
  %9 = zext i8 %8 to i32
  br label %15

10:                                               ; preds = %2
  %11 = load i8, ptr %3, align 1, !tbaa !18
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = ashr i32 %12, %13
  br label %15

15:                                               ; preds = %10, %7
  %16 = phi i32 [ %9, %7 ], [ %14, %10 ]
  %17 = trunc i32 %16 to i8
  ret i8 %17
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_sub_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !13
  store i64 %1, ptr %4, align 8, !tbaa !13
  %5 = load i64, ptr %3, align 8, !tbaa !13
  %6 = load i64, ptr %4, align 8, !tbaa !13
  %7 = xor i64 %5, %6
  %8 = load i64, ptr %3, align 8, !tbaa !13
  %9 = load i64, ptr %3, align 8, !tbaa !13
  %10 = load i64, ptr %4, align 8, !tbaa !13
  %11 = xor i64 %9, %10
  %12 = and i64 %11, -9223372036854775808
  %13 = xor i64 %8, %12
  %14 = load i64, ptr %4, align 8, !tbaa !13
  %15 = sub nsw i64 %13, %14
  %16 = load i64, ptr %4, align 8, !tbaa !13
  %17 = xor i64 %15, %16
  %18 = and i64 %7, %17
  %19 = icmp slt i64 %18, 0
  br i1 %19, label %20, label %22

20:                                               ; preds = %2
  %21 = load i64, ptr %3, align 8, !tbaa !13
  br label %26

22:                                               ; preds = %2
  %23 = load i64, ptr %3, align 8, !tbaa !13
  %24 = load i64, ptr %4, align 8, !tbaa !13
  %25 = sub nsw i64 %23, %24
  br label %26

26:                                               ; preds = %22, %20
  %27 = phi i64 [ %21, %20 ], [ %25, %22 ]
  ret i64 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %17, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %17, label %11

11:                                               ; preds = %8
  %12 = load i16, ptr %3, align 2, !tbaa !11
  %13 = sext i16 %12 to i32
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = ashr i32 32767, %14
  %16 = icmp sgt i32 %13, %15
  br i1 %16, label %17, label %20

17:                                               ; preds = %11, %8, %2
  %18 = load i16, ptr %3, align 2, !tbaa !11
  %19 = sext i16 %18 to i32
  br label %25

20:                                               ; preds = %11
  %21 = load i16, ptr %3, align 2, !tbaa !11
  %22 = sext i16 %21 to i32
  %23 = load i32, ptr %4, align 4, !tbaa !5
  %24 = shl i32 %22, %23
  br label %25

25:                                               ; preds = %20, %17
  %26 = phi i32 [ %19, %17 ], [ %24, %20 ]
  %27 = trunc i32 %26 to i16
  ret i16 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @safe_mod_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4, !tbaa !5
  br label %13

9:                                                ; preds = %2
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = urem i32 %10, %11
  br label %13

13:                                               ; preds = %9, %7
  %14 = phi i32 [ %8, %7 ], [ %12, %9 ]
  ret i32 %14
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %11, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %11, label %14

11:                                               ; preds = %8, %2
  %12 = load i16, ptr %3, align 2, !tbaa !11
  %13 = sext i16 %12 to i32
  br label %19

14:                                               ; preds = %8
  %15 = load i16, ptr %3, align 2, !tbaa !11
  %16 = sext i16 %15 to i32
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = ashr i32 %16, %17
  br label %19

19:                                               ; preds = %14, %11
  %20 = phi i32 [ %13, %11 ], [ %18, %14 ]
  %21 = trunc i32 %20 to i16
  ret i16 %21
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i8 %1, ptr %4, align 1, !tbaa !18
  %5 = load i8, ptr %3, align 1, !tbaa !18
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1, !tbaa !18
  %8 = sext i8 %7 to i32
  %9 = mul nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_add_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !13
  store i64 %1, ptr %4, align 8, !tbaa !13
  %5 = load i64, ptr %3, align 8, !tbaa !13
  %6 = load i64, ptr %4, align 8, !tbaa !13
  %7 = add i64 %5, %6
  ret i64 %7
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %4, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = load i16, ptr %3, align 2, !tbaa !11
  %10 = sext i16 %9 to i32
  %11 = icmp eq i32 %10, -32768
  br i1 %11, label %12, label %19

12:                                               ; preds = %8
  %13 = load i16, ptr %4, align 2, !tbaa !11
  %14 = sext i16 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:                                               ; preds = %12, %2
  %17 = load i16, ptr %3, align 2, !tbaa !11
  %18 = sext i16 %17 to i32
  br label %25

19:                                               ; preds = %12, %8
  %20 = load i16, ptr %3, align 2, !tbaa !11
  %21 = sext i16 %20 to i32
  %22 = load i16, ptr %4, align 2, !tbaa !11
  %23 = sext i16 %22 to i32
  %24 = sdiv i32 %21, %23
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i16
  ret i16 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_mod_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !13
  store i64 %1, ptr %4, align 8, !tbaa !13
  %5 = load i64, ptr %4, align 8, !tbaa !13
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8, !tbaa !13
  %9 = icmp eq i64 %8, -9223372036854775808
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i64, ptr %4, align 8, !tbaa !13
  %12 = icmp eq i64 %11, -1
  br i1 %12, label %13, label %15

13:                                               ; preds = %10, %2
  %14 = load i64, ptr %3, align 8, !tbaa !13
  br label %19

15:                                               ; preds = %10, %7
  %16 = load i64, ptr %3, align 8, !tbaa !13
  %17 = load i64, ptr %4, align 8, !tbaa !13
  %18 = srem i64 %16, %17
  br label %19

19:                                               ; preds = %15, %13
  %20 = phi i64 [ %14, %13 ], [ %18, %15 ]
  ret i64 %20
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %4, align 2, !tbaa !11
  %6 = zext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i16, ptr %3, align 2, !tbaa !11
  %10 = zext i16 %9 to i32
  br label %17

11:                                               ; preds = %2
  %12 = load i16, ptr %3, align 2, !tbaa !11
  %13 = zext i16 %12 to i32
  %14 = load i16, ptr %4, align 2, !tbaa !11
  %15 = zext i16 %14 to i32
  %16 = srem i32 %13, %15
  br label %17

17:                                               ; preds = %11, %8
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i16
  ret i16 %19
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_div_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !13
  store i64 %1, ptr %4, align 8, !tbaa !13
  %5 = load i64, ptr %4, align 8, !tbaa !13
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8, !tbaa !13
  br label %13

9:                                                ; preds = %2
  %10 = load i64, ptr %3, align 8, !tbaa !13
  %11 = load i64, ptr %4, align 8, !tbaa !13
  %12 = udiv i64 %10, %11
  br label %13

13:                                               ; preds = %9, %7
  %14 = phi i64 [ %8, %7 ], [ %12, %9 ]
  ret i64 %14
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_sub_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2, !tbaa !11
  %8 = zext i16 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @safe_sub_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = xor i32 %5, %6
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = xor i32 %9, %10
  %12 = and i32 %11, -2147483648
  %13 = xor i32 %8, %12
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = sub nsw i32 %13, %14
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = xor i32 %15, %16
  %18 = and i32 %7, %17
  %19 = icmp slt i32 %18, 0
  br i1 %19, label %20, label %22

20:                                               ; preds = %2
  %21 = load i32, ptr %3, align 4, !tbaa !5
  br label %26

22:                                               ; preds = %2
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = sub nsw i32 %23, %24
  br label %26

26:                                               ; preds = %22, %20
  %27 = phi i32 [ %21, %20 ], [ %25, %22 ]
  ret i32 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %20, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %20, label %11

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %20, label %14

14:                                               ; preds = %11
  %15 = load i16, ptr %3, align 2, !tbaa !11
  %16 = sext i16 %15 to i32
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = ashr i32 32767, %17
  %19 = icmp sgt i32 %16, %18
  br i1 %19, label %20, label %23

20:                                               ; preds = %14, %11, %8, %2
  %21 = load i16, ptr %3, align 2, !tbaa !11
  %22 = sext i16 %21 to i32
  br label %28

23:                                               ; preds = %14
  %24 = load i16, ptr %3, align 2, !tbaa !11
  %25 = sext i16 %24 to i32
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = shl i32 %25, %26
  br label %28

28:                                               ; preds = %23, %20
  %29 = phi i32 [ %22, %20 ], [ %27, %23 ]
  %30 = trunc i32 %29 to i16
  ret i16 %30
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i8, ptr %3, align 1, !tbaa !18
  %9 = zext i8 %8 to i32
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = ashr i32 255, %10
  %12 = icmp sgt i32 %9, %11
  br i1 %12, label %13, label %16

13:                                               ; preds = %7, %2
  %14 = load i8, ptr %3, align 1, !tbaa !18
  %15 = zext i8 %14 to i32
  br label %21

16:                                               ; preds = %7
  %17 = load i8, ptr %3, align 1, !tbaa !18
  %18 = zext i8 %17 to i32
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = shl i32 %18, %19
  br label %21

21:                                               ; preds = %16, %13
  %22 = phi i32 [ %15, %13 ], [ %20, %16 ]
  %23 = trunc i32 %22 to i8
  ret i8 %23
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i8, ptr %3, align 1, !tbaa !18
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %17, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %17, label %11

11:                                               ; preds = %8
  %12 = load i8, ptr %3, align 1, !tbaa !18
  %13 = sext i8 %12 to i32
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = ashr i32 127, %14
  %16 = icmp sgt i32 %13, %15
  br i1 %16, label %17, label %20

17:                                               ; preds = %11, %8, %2
  %18 = load i8, ptr %3, align 1, !tbaa !18
  %19 = sext i8 %18 to i32
  br label %25

20:                                               ; preds = %11
  %21 = load i8, ptr %3, align 1, !tbaa !18
  %22 = sext i8 %21 to i32
  %23 = load i32, ptr %4, align 4, !tbaa !5
  %24 = shl i32 %22, %23
  br label %25

25:                                               ; preds = %20, %17
  %26 = phi i32 [ %19, %17 ], [ %24, %20 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_unary_minus_func_int64_t_s(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !13
  %3 = load i64, ptr %2, align 8, !tbaa !13
  %4 = icmp eq i64 %3, -9223372036854775808
  br i1 %4, label %5, label %7

5:                                                ; preds = %1
  %6 = load i64, ptr %2, align 8, !tbaa !13
  br label %10

7:                                                ; preds = %1
  %8 = load i64, ptr %2, align 8, !tbaa !13
  %9 = sub nsw i64 0, %8
  br label %10

10:                                               ; preds = %7, %5
  %11 = phi i64 [ %6, %5 ], [ %9, %7 ]
  ret i64 %11
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_sub_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !13
  store i64 %1, ptr %4, align 8, !tbaa !13
  %5 = load i64, ptr %3, align 8, !tbaa !13
  %6 = load i64, ptr %4, align 8, !tbaa !13
  %7 = sub i64 %5, %6
  ret i64 %7
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i8 %1, ptr %4, align 1, !tbaa !18
  %5 = load i8, ptr %3, align 1, !tbaa !18
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1, !tbaa !18
  %8 = sext i8 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i8, ptr %3, align 1, !tbaa !18
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %20, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %20, label %11

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %20, label %14

14:                                               ; preds = %11
  %15 = load i8, ptr %3, align 1, !tbaa !18
  %16 = sext i8 %15 to i32
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = ashr i32 127, %17
  %19 = icmp sgt i32 %16, %18
  br i1 %19, label %20, label %23

20:                                               ; preds = %14, %11, %8, %2
  %21 = load i8, ptr %3, align 1, !tbaa !18
  %22 = sext i8 %21 to i32
  br label %28

23:                                               ; preds = %14
  %24 = load i8, ptr %3, align 1, !tbaa !18
  %25 = sext i8 %24 to i32
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = shl i32 %25, %26
  br label %28

28:                                               ; preds = %23, %20
  %29 = phi i32 [ %22, %20 ], [ %27, %23 ]
  %30 = trunc i32 %29 to i8
  ret i8 %30
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2, !tbaa !11
  %8 = sext i16 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i8, ptr %3, align 1, !tbaa !18
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %14, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %14, label %11

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %14, label %17

14:                                               ; preds = %11, %8, %2
  %15 = load i8, ptr %3, align 1, !tbaa !18
  %16 = sext i8 %15 to i32
  br label %22

17:                                               ; preds = %11
  %18 = load i8, ptr %3, align 1, !tbaa !18
  %19 = sext i8 %18 to i32
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = ashr i32 %19, %20
  br label %22

22:                                               ; preds = %17, %14
  %23 = phi i32 [ %16, %14 ], [ %21, %17 ]
  %24 = trunc i32 %23 to i8
  ret i8 %24
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !18
  store i8 %1, ptr %4, align 1, !tbaa !18
  %5 = load i8, ptr %4, align 1, !tbaa !18
  %6 = sext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = load i8, ptr %3, align 1, !tbaa !18
  %10 = sext i8 %9 to i32
  %11 = icmp eq i32 %10, -128
  br i1 %11, label %12, label %19

12:                                               ; preds = %8
  %13 = load i8, ptr %4, align 1, !tbaa !18
  %14 = sext i8 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:                                               ; preds = %12, %2
  %17 = load i8, ptr %3, align 1, !tbaa !18
  %18 = sext i8 %17 to i32
  br label %25

19:                                               ; preds = %12, %8
  %20 = load i8, ptr %3, align 1, !tbaa !18
  %21 = sext i8 %20 to i32
  %22 = load i8, ptr %4, align 1, !tbaa !18
  %23 = sext i8 %22 to i32
  %24 = srem i32 %21, %23
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %4, align 2, !tbaa !11
  %6 = zext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i16, ptr %3, align 2, !tbaa !11
  %10 = zext i16 %9 to i32
  br label %17

11:                                               ; preds = %2
  %12 = load i16, ptr %3, align 2, !tbaa !11
  %13 = zext i16 %12 to i32
  %14 = load i16, ptr %4, align 2, !tbaa !11
  %15 = zext i16 %14 to i32
  %16 = sdiv i32 %13, %15
  br label %17

17:                                               ; preds = %11, %8
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i16
  ret i16 %19
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @crc32_8bytes(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !13
  %3 = load i64, ptr %2, align 8, !tbaa !13
  %4 = lshr i64 %3, 0
  %5 = and i64 %4, 255
  %6 = trunc i64 %5 to i8
  call void @crc32_byte(i8 noundef zeroext %6) #8
  %7 = load i64, ptr %2, align 8, !tbaa !13
  %8 = lshr i64 %7, 8
  %9 = and i64 %8, 255
  %10 = trunc i64 %9 to i8
  call void @crc32_byte(i8 noundef zeroext %10) #8
  %11 = load i64, ptr %2, align 8, !tbaa !13
  %12 = lshr i64 %11, 16
  %13 = and i64 %12, 255
  %14 = trunc i64 %13 to i8
  call void @crc32_byte(i8 noundef zeroext %14) #8
  %15 = load i64, ptr %2, align 8, !tbaa !13
  %16 = lshr i64 %15, 24
  %17 = and i64 %16, 255
  %18 = trunc i64 %17 to i8
  call void @crc32_byte(i8 noundef zeroext %18) #8
  %19 = load i64, ptr %2, align 8, !tbaa !13
  %20 = lshr i64 %19, 32
  %21 = and i64 %20, 255
  %22 = trunc i64 %21 to i8
  call void @crc32_byte(i8 noundef zeroext %22) #8
  %23 = load i64, ptr %2, align 8, !tbaa !13
  %24 = lshr i64 %23, 40
  %25 = and i64 %24, 255
  %26 = trunc i64 %25 to i8
  call void @crc32_byte(i8 noundef zeroext %26) #8
  %27 = load i64, ptr %2, align 8, !tbaa !13
  %28 = lshr i64 %27, 48
  %29 = and i64 %28, 255
  %30 = trunc i64 %29 to i8
  call void @crc32_byte(i8 noundef zeroext %30) #8
  %31 = load i64, ptr %2, align 8, !tbaa !13
  %32 = lshr i64 %31, 56
  %33 = and i64 %32, 255
  %34 = trunc i64 %33 to i8
  call void @crc32_byte(i8 noundef zeroext %34) #8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @crc32_byte(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1, !tbaa !18
  %3 = load i32, ptr @crc32_context, align 4, !tbaa !5
  %4 = lshr i32 %3, 8
  %5 = and i32 %4, 16777215
  %6 = load i32, ptr @crc32_context, align 4, !tbaa !5
  %7 = load i8, ptr %2, align 1, !tbaa !18
  %8 = zext i8 %7 to i32
  %9 = xor i32 %6, %8
  %10 = and i32 %9, 255
  %11 = zext i32 %10 to i64
  %12 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i64 0, i64 %11
  %13 = load i32, ptr %12, align 4, !tbaa !5
  %14 = xor i32 %5, %13
  store i32 %14, ptr @crc32_context, align 4, !tbaa !5
  ret void
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nounwind }
attributes #7 = { minsize nounwind optsize willreturn memory(read) }
attributes #8 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"short", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"long", !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = distinct !{!17, !16}
!18 = !{!7, !7, i64 0}
!19 = distinct !{!19, !16}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = distinct !{!23, !16}
!24 = distinct !{!24, !16}
!25 = distinct !{!25, !16}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
!28 = distinct !{!28, !16}
!29 = distinct !{!29, !16}
!30 = distinct !{!30, !16}
!31 = distinct !{!31, !16}
!32 = distinct !{!32, !16}
!33 = distinct !{!33, !16}
!34 = distinct !{!34, !16}
!35 = distinct !{!35, !16}
!36 = distinct !{!36, !16}
!37 = distinct !{!37, !16}
!38 = distinct !{!38, !16}
!39 = distinct !{!39, !16}
!40 = distinct !{!40, !16}
!41 = distinct !{!41, !16}
!42 = distinct !{!42, !16}
!43 = distinct !{!43, !16}
!44 = distinct !{!44, !16}
!45 = distinct !{!45, !16}
!46 = distinct !{!46, !16}
!47 = distinct !{!47, !16}
!48 = distinct !{!48, !16}
!49 = distinct !{!49, !16}
!50 = distinct !{!50, !16}
!51 = distinct !{!51, !16}
!52 = distinct !{!52, !16}
!53 = distinct !{!53, !16}
!54 = distinct !{!54, !16}
!55 = distinct !{!55, !16}
!56 = distinct !{!56, !16}
!57 = distinct !{!57, !16}
!58 = distinct !{!58, !16}
!59 = distinct !{!59, !16}
!60 = distinct !{!60, !16}
!61 = distinct !{!61, !16}
!62 = distinct !{!62, !16}
!63 = distinct !{!63, !16}
!64 = distinct !{!64, !16}
!65 = distinct !{!65, !16}
!66 = distinct !{!66, !16}
!67 = distinct !{!67, !16}
!68 = distinct !{!68, !16}
!69 = distinct !{!69, !16}
!70 = distinct !{!70, !16}
!71 = distinct !{!71, !16}
!72 = !{i64 0, i64 8, !18, i64 8, i64 1, !18}
!73 = distinct !{!73, !16}
!74 = distinct !{!74, !16}
!75 = distinct !{!75, !16}
!76 = distinct !{!76, !16}
!77 = distinct !{!77, !16}
!78 = distinct !{!78, !16}
!79 = distinct !{!79, !16}
!80 = distinct !{!80, !16}
!81 = distinct !{!81, !16}
!82 = distinct !{!82, !16}
!83 = distinct !{!83, !16}
!84 = distinct !{!84, !16}
!85 = distinct !{!85, !16}
!86 = distinct !{!86, !16}
!87 = distinct !{!87, !16}
!88 = distinct !{!88, !16}
!89 = distinct !{!89, !16}
!90 = distinct !{!90, !16}
!91 = distinct !{!91, !16}
!92 = distinct !{!92, !16}
!93 = distinct !{!93, !16}
!94 = distinct !{!94, !16}
!95 = distinct !{!95, !16}
!96 = distinct !{!96, !16}
!97 = distinct !{!97, !16}
!98 = distinct !{!98, !16}
!99 = distinct !{!99, !16}
!100 = distinct !{!100, !16}
!101 = distinct !{!101, !16}
!102 = distinct !{!102, !16}
!103 = distinct !{!103, !16}
!104 = distinct !{!104, !16}
!105 = distinct !{!105, !16}
!106 = distinct !{!106, !16}
